package org.fengqiao.patrol.shift.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.patrol.shift.application.Shifts;
import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
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
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    /** The shifts a team has under way on a block (normally none or one), by {@code team|block}. */
    private final KeyedIds active;
    /** The shifts started by a team on a block on a day (UTC), by {@code team|block|date}. */
    private final KeyedIds startedOn;
    /** Every shift started on a day (UTC), by date: a month's assessment reads its days by key. */
    private final BucketedIds startedOnDay;
    /** Every missed shift by the day (UTC) it was planned to start. */
    private final BucketedIds missedOnDay;

    MongoShifts(MongoTemplate mongo, OutboxStore store, Contract<DomainEvent> contract) {
        this.contract = contract;
        this.mongo = mongo;
        this.store = store;
        this.active = new KeyedIds(mongo, "shifts_active");
        this.startedOn = new KeyedIds(mongo, "shifts_started");
        this.startedOnDay = new BucketedIds(mongo, "shifts_started_on");
        this.missedOnDay = new BucketedIds(mongo, "shifts_missed_on");
        startedOnDay.fileStoredOnce(mongo.getCollectionName(ShiftDocument.class), "startedAt", DayKeys::of);
        missedOnDay.fileStoredOnce(mongo.getCollectionName(MissedShiftDocument.class), "plannedStart", DayKeys::of);
    }

    @Override
    public Shift save(Shift shift) {
        Shift.Snapshot s = shift.snapshot();
        if (s.version() == null) {
            // listed before the shift is written: a crash between leaves an id that names nothing
            startedOn.add(startedKey(s.teamId(), s.gridBlockId(), s.startedAt().atZone(ZoneOffset.UTC).toLocalDate()), s.id());
            startedOnDay.add(DayKeys.of(s.startedAt()), s.id());
            active.add(activeKey(s.teamId(), s.gridBlockId()), s.id());
        }
        Shift saved = store.save(ShiftDocument.of(shift), shift, contract).toShift();
        if (s.status() == Shift.Status.ENDED) {
            active.remove(activeKey(s.teamId(), s.gridBlockId()), s.id());
        }
        return saved;
    }

    private static String activeKey(String teamId, String gridBlockId) {
        return teamId + "|" + gridBlockId;
    }

    private static String startedKey(String teamId, String gridBlockId, LocalDate day) {
        return teamId + "|" + gridBlockId + "|" + day;
    }

    @Override
    public Optional<Shift> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ShiftDocument.class)).map(ShiftDocument::toShift);
    }

    @Override
    public Optional<Shift> active(String teamId, String gridBlockId) {
        return active.documents(activeKey(teamId, gridBlockId), ShiftDocument.class).stream()
                .filter(d -> d.status == Shift.Status.ACTIVE).findFirst().map(ShiftDocument::toShift);
    }

    @Override
    public boolean startedBetween(String teamId, String gridBlockId, Instant from, Instant to) {
        List<String> ids = new java.util.ArrayList<>();
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            ids.addAll(startedOn.of(startedKey(teamId, gridBlockId, day)));
        }
        return KeyedIds.byIds(mongo, ids, ShiftDocument.class).stream()
                .anyMatch(d -> !d.startedAt.isBefore(from) && !d.startedAt.isAfter(to));
    }

    @Override
    public List<Shift> ofTeam(String teamId, int limit) {
        return mongo.find(new Query(Criteria.where("teamId").is(teamId)).with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit),
                ShiftDocument.class).stream().map(ShiftDocument::toShift).toList();
    }

    @Override
    public List<Shift> startedIn(Instant from, Instant to) {
        return KeyedIds.byIds(mongo, startedOnDay.ofAll(DayKeys.between(from, to)), ShiftDocument.class).stream()
                .filter(d -> !d.startedAt.isBefore(from) && d.startedAt.isBefore(to)).map(ShiftDocument::toShift).toList();
    }

    @Override
    public List<MissedShift> missedIn(Instant from, Instant to) {
        return KeyedIds.byIds(mongo, missedOnDay.ofAll(DayKeys.between(from, to)), MissedShiftDocument.class).stream()
                .filter(d -> !d.plannedStart.isBefore(from) && d.plannedStart.isBefore(to))
                .map(d -> new MissedShift(d.id, d.teamId, d.gridBlockId, d.plannedStart, d.noticedAt)).toList();
    }

    @Override
    public boolean recordMissed(MissedShiftNoticed missed) {
        if (mongo.findById(missed.id(), MissedShiftDocument.class) != null) {
            return false;
        }
        // listed before it is written: a crash between leaves an id that names nothing
        missedOnDay.add(DayKeys.of(missed.plannedStart()), missed.id());
        try {
            store.save(MissedShiftDocument.of(missed), () -> List.of(missed), contract);
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
