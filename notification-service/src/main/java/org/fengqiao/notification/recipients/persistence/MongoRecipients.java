package org.fengqiao.notification.recipients.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.data.domain.Sort;
import org.fengqiao.kit.persistence.ReadThroughCache;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoRecipients implements Recipients {

    private static final String ROSTERS = "duty_rosters";

    private final MongoTemplate mongo;

    MongoRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Read for every notification composed and sent; a change is seen at once here, within ten seconds on other replicas. */
    private final ReadThroughCache<String, Optional<Recipient>> recipients = new ReadThroughCache<>(Duration.ofSeconds(10), 50_000);
    private final ReadThroughCache<String, Optional<DutyRoster>> rosters = new ReadThroughCache<>(Duration.ofSeconds(10), 1_000);

    @Override
    public Optional<Recipient> find(String id) {
        return recipients.get(id, key -> Optional.ofNullable(mongo.findById(key, RecipientDocument.class)).map(RecipientDocument::toRecipient));
    }

    @Override
    public Recipient save(Recipient recipient) {
        Recipient saved = mongo.save(RecipientDocument.of(recipient)).toRecipient();
        recipients.forget(saved.id());
        return saved;
    }

    @Override
    public List<Recipient> all() {
        return mongo.find(new Query().with(Sort.by("_id")), RecipientDocument.class).stream().map(RecipientDocument::toRecipient).toList();
    }

    @Override
    public Optional<DutyRoster> roster(String id) {
        return rosters.get(id, key -> Optional.ofNullable(mongo.findById(key, DutyRoster.class, ROSTERS)));
    }

    @Override
    public DutyRoster save(DutyRoster roster) {
        DutyRoster saved = mongo.save(roster, ROSTERS);
        rosters.forget(saved.id());
        return saved;
    }

    @Override
    public List<DutyRoster> rosters() {
        return mongo.find(new Query().with(Sort.by("_id")), DutyRoster.class, ROSTERS);
    }
}
