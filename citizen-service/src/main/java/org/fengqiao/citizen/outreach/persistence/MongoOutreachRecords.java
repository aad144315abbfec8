package org.fengqiao.citizen.outreach.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.citizen.outreach.application.OutreachRecords;
import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.persistence.CountedRecords;
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
    private final CountedRecords counted;

    MongoOutreachRecords(MongoTemplate mongo, CountedRecords counted) {
        this.mongo = mongo;
        this.counted = counted;
        counted.source(ACTIVITIES, OutreachActivity.class, this::tallyEntries);
        counted.source(LOST_PERSONS, LostPersonHelped.class, this::tallyEntries);
    }

    @Override
    public OutreachActivity save(OutreachActivity activity) {
        OutreachActivity saved = mongo.save(activity, ACTIVITIES);
        counted.written(ACTIVITIES, saved);
        return saved;
    }

    @Override
    public LostPersonHelped save(LostPersonHelped lostPerson) {
        LostPersonHelped saved = mongo.save(lostPerson, LOST_PERSONS);
        counted.written(LOST_PERSONS, saved);
        return saved;
    }

    private List<DayCounters.Entry> tallyEntries(OutreachActivity activity) {
        return List.of(counted.days().entry(activity.id(), "held", activity.heldAt(),
                Map.of(activity.kind().heldCounter(), 1L, activity.kind().attendanceCounter(), (long) activity.attendance())));
    }

    private List<DayCounters.Entry> tallyEntries(LostPersonHelped lostPerson) {
        return List.of(counted.days().entry(lostPerson.id(), "helped", lostPerson.foundAt(), Map.of(LostPersonHelped.COUNTER, 1L)));
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
