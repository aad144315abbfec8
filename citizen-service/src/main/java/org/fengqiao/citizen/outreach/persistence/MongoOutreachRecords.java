package org.fengqiao.citizen.outreach.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.outreach.application.OutreachRecords;
import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.fengqiao.citizen.tally.persistence.TallyMarks;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoOutreachRecords implements OutreachRecords {

    private static final String ACTIVITIES = "outreach_activities";
    private static final String LOST_PERSONS = "lost_persons_helped";

    private final MongoTemplate mongo;
    private final TallyMarks tallies;

    MongoOutreachRecords(MongoTemplate mongo, TallyMarks tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
        tallies.source(ACTIVITIES, OutreachActivity.class, this::tallyEntries);
        tallies.source(LOST_PERSONS, LostPersonHelped.class, this::tallyEntries);
    }

    @Override
    public OutreachActivity save(OutreachActivity activity) {
        OutreachActivity saved = mongo.save(activity, ACTIVITIES);
        tallies.settle(ACTIVITIES, saved.id(), null, tallyEntries(saved));
        return saved;
    }

    @Override
    public LostPersonHelped save(LostPersonHelped lostPerson) {
        LostPersonHelped saved = mongo.save(lostPerson, LOST_PERSONS);
        tallies.settle(LOST_PERSONS, saved.id(), null, tallyEntries(saved));
        return saved;
    }

    private List<TallyEntry> tallyEntries(OutreachActivity activity) {
        return tallies.book().outreachActivity(activity.id(), activity.kind().name(), activity.heldAt(), activity.attendance());
    }

    private List<TallyEntry> tallyEntries(LostPersonHelped lostPerson) {
        return tallies.book().lostPersonHelped(lostPerson.id(), lostPerson.foundAt());
    }

    @Override
    public List<OutreachActivity> activities(Instant from, Instant to, int limit) {
        return mongo.find(new Query(Criteria.where("heldAt").gte(from).lt(to)).with(Sort.by(Sort.Direction.DESC, "heldAt")).limit(limit),
                OutreachActivity.class, ACTIVITIES);
    }

    @Override
    public List<LostPersonHelped> lostPersons(Instant from, Instant to, int limit) {
        return mongo.find(new Query(Criteria.where("foundAt").gte(from).lt(to)).with(Sort.by(Sort.Direction.DESC, "foundAt")).limit(limit),
                LostPersonHelped.class, LOST_PERSONS);
    }
}
