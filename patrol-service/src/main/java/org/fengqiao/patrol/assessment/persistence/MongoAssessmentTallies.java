package org.fengqiao.patrol.assessment.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.patrol.assessment.application.AssessmentTallies;
import org.fengqiao.patrol.assessment.model.TeamMonth;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * One document per team and month ({@code 2026-06|PT-31}), version-checked: two writers of the same
 * team's month (two members checking in at once, two replicas) never lose each other's share.
 */
@Repository
class MongoAssessmentTallies implements AssessmentTallies {

    private static final int TRIES = 20;

    @Document("patrol_assessment_tallies")
    static class TeamMonthDocument {
        @Id
        String id;
        @Version
        Long version;
        String teamId;
        String month;
        List<TeamMonth.PatrolledShift> shifts;
        List<String> missedShiftIds;
        List<TeamMonth.IncidentShare> incidents;

        TeamMonth toTeamMonth() {
            return new TeamMonth(teamId, YearMonth.parse(month), shifts, missedShiftIds, incidents);
        }

        void set(TeamMonth teamMonth) {
            teamId = teamMonth.teamId();
            month = teamMonth.month().toString();
            shifts = teamMonth.shifts();
            missedShiftIds = teamMonth.missedShiftIds();
            incidents = teamMonth.incidents();
        }
    }

    /** A month whose records were counted in. */
    @Document("patrol_assessment_filed_months")
    static class FiledMonthDocument {
        @Id
        String id;
        Instant filedAt;
    }

    private final MongoTemplate mongo;

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
    public Map<String, TeamMonth> of(YearMonth month, Collection<String> teamIds) {
        Map<String, TeamMonth> found = new LinkedHashMap<>();
        for (TeamMonthDocument document : KeyedIds.byIds(mongo, teamIds.stream().map(team -> id(team, month)).toList(), TeamMonthDocument.class)) {
            found.put(document.teamId, document.toTeamMonth());
        }
        return found;
    }

    @Override
    public void change(String teamId, YearMonth month, UnaryOperator<TeamMonth> change) {
        String id = id(teamId, month);
        for (int tries = 1; ; tries++) {
            TeamMonthDocument document = mongo.findById(id, TeamMonthDocument.class);
            TeamMonth before = document == null ? TeamMonth.empty(teamId, month) : document.toTeamMonth();
            TeamMonth after = change.apply(before);
            if (after.equals(before)) {
                return;
            }
            try {
                if (document == null) {
                    document = new TeamMonthDocument();
                    document.id = id;
                    document.set(after);
                    mongo.insert(document);
                } else {
                    document.set(after);
                    mongo.save(document);
                }
                return;
            } catch (DuplicateKeyException | OptimisticLockingFailureException concurrent) {
                if (tries >= TRIES) {
                    throw concurrent;
                }
            }
        }
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
