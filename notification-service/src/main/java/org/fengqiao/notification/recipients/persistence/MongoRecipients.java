package org.fengqiao.notification.recipients.persistence;

import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.data.domain.Sort;
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

    @Override
    public Optional<Recipient> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RecipientDocument.class)).map(RecipientDocument::toRecipient);
    }

    @Override
    public Recipient save(Recipient recipient) {
        return mongo.save(RecipientDocument.of(recipient)).toRecipient();
    }

    @Override
    public List<Recipient> all() {
        return mongo.find(new Query().with(Sort.by("_id")), RecipientDocument.class).stream().map(RecipientDocument::toRecipient).toList();
    }

    @Override
    public Optional<DutyRoster> roster(String id) {
        return Optional.ofNullable(mongo.findById(id, DutyRoster.class, ROSTERS));
    }

    @Override
    public DutyRoster save(DutyRoster roster) {
        return mongo.save(roster, ROSTERS);
    }

    @Override
    public List<DutyRoster> rosters() {
        return mongo.find(new Query().with(Sort.by("_id")), DutyRoster.class, ROSTERS);
    }
}
