package org.fengqiao.patrol.assessment.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.ContendedWrites;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.kit.persistence.LastWritten;
import org.fengqiao.patrol.assessment.application.AssessmentTallies;
import org.fengqiao.patrol.assessment.model.TeamMonth;
import org.fengqiao.patrol.assessment.model.TeamTotals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * One document per team and month ({@code 2026-06|PT-31}), version-checked: two writers of the same
 * team's month (two members checking in at once, two replicas) never lose each other's share; in
 * one instance they take turns ({@link ContendedWrites}). The month this instance wrote last is
 * remembered, so the next change writes without reading it first.
 */
@Repository
class MongoAssessmentTallies implements AssessmentTallies {

    private static final int TRIES = 20;

    @Document("patrol_assessment_tallies")
    static class TeamMonthDocument {
        @Id
        String id;
        /**
         * Counts the writes from a random start, kept by hand: a month deleted and made again (by
         * another instance) starts elsewhere, so a version this instance remembers from before the
         * deletion matches nothing, and its partial update cannot land on different shares.
         */
        Long version;
        String teamId;
        String month;
        /** The shares by the id of their shift or incident: a change sets its own share only. */
        Map<String, TeamMonth.PatrolledShift> shifts;
        List<String> missedShiftIds;
        Map<String, TeamMonth.IncidentShare> incidents;
        /** The month summed: all that the assessment reads. */
        TeamTotals totals;

        TeamMonth toTeamMonth() {
            return new TeamMonth(teamId, YearMonth.parse(month), shifts == null ? List.of() : List.copyOf(shifts.values()), missedShiftIds,
                    incidents == null ? List.of() : List.copyOf(incidents.values()));
        }

        static TeamMonthDocument of(String id, TeamMonth teamMonth, TeamTotals summed) {
            TeamMonthDocument document = new TeamMonthDocument();
            document.id = id;
            document.totals = summed;
            document.teamId = teamMonth.teamId();
            document.month = teamMonth.month().toString();
            document.shifts = new LinkedHashMap<>();
            teamMonth.shifts().forEach(shift -> document.shifts.put(shift.shiftId(), shift));
            document.missedShiftIds = teamMonth.missedShiftIds();
            document.incidents = new LinkedHashMap<>();
            teamMonth.incidents().forEach(incident -> document.incidents.put(incident.incidentId(), incident));
            return document;
        }
    }

    /** A month whose records were counted in. */
    @Document("patrol_assessment_filed_months")
    static class FiledMonthDocument {
        @Id
        String id;
        Instant filedAt;
    }

    /** A team's month as this instance last wrote it, and the version it was written under. */
    private record Remembered(TeamMonth month, Long version) {
    }

    private final MongoTemplate mongo;
    private final LastWritten<Remembered> written = new LastWritten<>(1_024);
    private final ContendedWrites writes = new ContendedWrites(TRIES);

    MongoAssessmentTallies(MongoTemplate mongo) {
        this.mongo = mongo;
        // serves the version-checked update by key (the embedded store honours unique indexes only)
        mongo.indexOps(TeamMonthDocument.class).createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                .unique().named(OutboxStore.VERSION_KEY_INDEX));
    }

    private static String id(String teamId, YearMonth month) {
        return month + "|" + teamId;
    }

    @Override
    public Map<String, TeamTotals> totals(YearMonth month, Collection<String> teamIds) {
        Map<String, TeamTotals> found = new LinkedHashMap<>();
        // the sums only: the shares stay in the store
        for (TeamMonthDocument document : KeyedIds.fieldsByIds(mongo, teamIds.stream().map(team -> id(team, month)).toList(),
                TeamMonthDocument.class, "teamId", "totals")) {
            if (document.totals != null) {
                found.put(document.teamId, document.totals);
            }
        }
        return found;
    }

    @Override
    public void change(String teamId, YearMonth month, UnaryOperator<TeamMonth> change, Function<TeamMonth, TeamTotals> sum) {
        String id = id(teamId, month);
        writes.run(id, () -> {
            try {
                changeOnce(id, teamId, month, change, sum);
            } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
                written.forget(id);
                throw concurrent;
            }
        });
    }

    private void changeOnce(String id, String teamId, YearMonth month, UnaryOperator<TeamMonth> change, Function<TeamMonth, TeamTotals> sum) {
        // the month as this instance last wrote it: a write of another instance in between fails the version check
        Remembered before = written.get(id);
        TeamMonth after = before == null ? null : change.apply(before.month());
        // not remembered, or nothing to write as this instance remembers it: read (the store may have lost it since)
        if (after == null || after.equals(before.month())) {
            TeamMonthDocument stored = mongo.findById(id, TeamMonthDocument.class);
            before = stored == null ? new Remembered(TeamMonth.empty(teamId, month), null) : new Remembered(stored.toTeamMonth(), stored.version);
            after = change.apply(before.month());
            if (after.equals(before.month())) {
                written.remember(id, before);
                return;
            }
        }
        long version;
        if (before.version() == null) {
            TeamMonthDocument created = TeamMonthDocument.of(id, after, sum.apply(after));
            created.version = ThreadLocalRandom.current().nextLong(1, 1L << 52);
            mongo.insert(created);
            version = created.version;
        } else {
            // only what changed goes over the wire: the changed shares and the new sums
            Update update = changes(before.month(), after).set("totals", sum.apply(after)).inc("version", 1);
            if (mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("version").is(before.version())), update,
                    TeamMonthDocument.class).getMatchedCount() == 0) {
                throw new OptimisticLockingFailureException("team month " + id + " changed since version " + before.version());
            }
            version = before.version() + 1;
        }
        written.remember(id, new Remembered(after, version));
    }

    /** The shares that differ from {@code before} in {@code after}, each set by its id; missed shifts added. */
    private static Update changes(TeamMonth before, TeamMonth after) {
        Update update = new Update();
        Set<TeamMonth.PatrolledShift> shifts = new HashSet<>(before.shifts());
        after.shifts().stream().filter(shift -> !shifts.contains(shift)).forEach(shift -> update.set("shifts." + key(shift.shiftId()), shift));
        Set<TeamMonth.IncidentShare> incidents = new HashSet<>(before.incidents());
        after.incidents().stream().filter(incident -> !incidents.contains(incident))
                .forEach(incident -> update.set("incidents." + key(incident.incidentId()), incident));
        Set<String> missed = new HashSet<>(before.missedShiftIds());
        after.missedShiftIds().stream().filter(id -> !missed.contains(id)).forEach(id -> update.addToSet("missedShiftIds", id));
        return update;
    }

    /** An id as a field name: the platform's ids are UUIDs and derived ids, never with a dot or a leading dollar. */
    private static String key(String id) {
        if (id.contains(".") || id.startsWith("$")) {
            throw new IllegalArgumentException("an id that cannot name a field: " + id);
        }
        return id;
    }

    @Override
    public boolean filed(YearMonth month) {
        return mongo.findById(month.toString(), FiledMonthDocument.class) != null;
    }

    @Override
    public void markFiled(YearMonth month) {
        FiledMonthDocument document = new FiledMonthDocument();
        document.id = month.toString();
        document.filedAt = Instant.now();
        mongo.save(document);
    }
}
