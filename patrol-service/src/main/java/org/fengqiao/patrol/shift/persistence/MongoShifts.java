package org.fengqiao.patrol.shift.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.patrol.shift.application.Shifts;
import org.fengqiao.patrol.shift.model.Shift;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoShifts implements Shifts {

    private final MongoTemplate mongo;
    private final OutboxStore store;

    MongoShifts(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Shift save(Shift shift) {
        return store.save(ShiftDocument.of(shift)).toShift();
    }

    @Override
    public Optional<Shift> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ShiftDocument.class)).map(ShiftDocument::toShift);
    }

    @Override
    public Optional<Shift> active(String teamId, String gridBlockId) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("teamId").is(teamId).and("gridBlockId").is(gridBlockId)
                .and("status").is(Shift.Status.ACTIVE)), ShiftDocument.class)).map(ShiftDocument::toShift);
    }

    @Override
    public boolean startedBetween(String teamId, String gridBlockId, Instant from, Instant to) {
        return mongo.exists(new Query(Criteria.where("teamId").is(teamId).and("gridBlockId").is(gridBlockId)
                .and("startedAt").gte(from).lte(to)), ShiftDocument.class);
    }

    @Override
    public List<Shift> ofTeam(String teamId, int limit) {
        return mongo.find(new Query(Criteria.where("teamId").is(teamId)).with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit),
                ShiftDocument.class).stream().map(ShiftDocument::toShift).toList();
    }

    @Override
    public List<Shift> startedIn(Instant from, Instant to) {
        return mongo.find(new Query(Criteria.where("startedAt").gte(from).lt(to)), ShiftDocument.class).stream()
                .map(ShiftDocument::toShift).toList();
    }

    @Override
    public List<MissedShift> missedIn(Instant from, Instant to) {
        return mongo.find(new Query(Criteria.where("plannedStart").gte(from).lt(to)), MissedShiftDocument.class).stream()
                .map(d -> new MissedShift(d.id, d.teamId, d.gridBlockId, d.plannedStart, d.noticedAt)).toList();
    }

    @Override
    public boolean recordMissed(String id, String teamId, String gridBlockId, Instant plannedStart, Instant noticedAt) {
        try {
            store.save(MissedShiftDocument.of(id, teamId, gridBlockId, plannedStart, noticedAt));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    @Override
    public List<MissedShift> missed(String teamId, int limit) {
        Criteria criteria = teamId == null ? new Criteria() : Criteria.where("teamId").is(teamId);
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "plannedStart")).limit(limit), MissedShiftDocument.class)
                .stream().map(d -> new MissedShift(d.id, d.teamId, d.gridBlockId, d.plannedStart, d.noticedAt)).toList();
    }
}
