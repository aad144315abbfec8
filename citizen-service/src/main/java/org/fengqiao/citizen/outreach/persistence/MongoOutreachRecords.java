package org.fengqiao.citizen.outreach.persistence;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.citizen.outreach.application.OutreachRecords;
import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
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

    MongoOutreachRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public OutreachActivity save(OutreachActivity activity) {
        return mongo.save(activity, ACTIVITIES);
    }

    @Override
    public LostPersonHelped save(LostPersonHelped lostPerson) {
        return mongo.save(lostPerson, LOST_PERSONS);
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

    @Override
    public Map<OutreachActivity.Kind, long[]> activityCounts(Instant from, Instant to) {
        Map<OutreachActivity.Kind, long[]> counts = new EnumMap<>(OutreachActivity.Kind.class);
        for (OutreachActivity.Kind kind : OutreachActivity.Kind.values()) {
            counts.put(kind, new long[2]);
        }
        Query held = new Query(Criteria.where("heldAt").gte(from).lt(to));
        held.fields().include("kind").include("attendance");
        for (OutreachActivity a : mongo.find(held, OutreachActivity.class, ACTIVITIES)) {
            long[] c = counts.get(a.kind());
            c[0]++;
            c[1] += a.attendance();
        }
        return counts;
    }

    @Override
    public long countLostPersons(Instant from, Instant to) {
        return mongo.count(new Query(Criteria.where("foundAt").gte(from).lt(to)), LOST_PERSONS);
    }
}
