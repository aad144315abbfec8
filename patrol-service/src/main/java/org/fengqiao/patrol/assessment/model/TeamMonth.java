package org.fengqiao.patrol.assessment.model;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.fengqiao.events.patrol.CheckInFlag;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.incident.model.Incident;
import org.fengqiao.patrol.shift.model.Shift;

/**
 * What a team's month counts in its assessment, kept share by share as its shifts, missed shifts
 * and incidents are written: a few numbers per shift or incident, never their check-ins or
 * timelines. Each share carries the version of the record it was taken from, so counting a record
 * again, or an older state of it after a newer one, changes nothing.
 *
 * @param shifts         the shifts the team started in the month
 * @param missedShiftIds the planned shifts it did not start
 * @param incidents      the incidents of the month it reported or was given tasks in
 */
public record TeamMonth(String teamId, YearMonth month, List<PatrolledShift> shifts, List<String> missedShiftIds,
                        List<IncidentShare> incidents) {

    public TeamMonth {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(month, "month");
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        missedShiftIds = missedShiftIds == null ? List.of() : List.copyOf(missedShiftIds);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
    }

    public static TeamMonth empty(String teamId, YearMonth month) {
        return new TeamMonth(teamId, month, List.of(), List.of(), List.of());
    }

    /**
     * What one shift counts: its block, when it started (its time band), the distinct checkpoints
     * visited and the check-ins flagged.
     */
    public record PatrolledShift(String shiftId, long version, String gridBlockId, Instant startedAt, List<String> visitedCheckpointIds,
                                 int flaggedCheckIns) {

        public PatrolledShift {
            visitedCheckpointIds = visitedCheckpointIds == null ? List.of() : List.copyOf(visitedCheckpointIds);
        }

        public static PatrolledShift of(Shift.Snapshot shift) {
            LinkedHashSet<String> visited = new LinkedHashSet<>();
            int flagged = 0;
            for (Shift.CheckIn checkIn : shift.checkIns()) {
                visited.add(checkIn.checkpointId());
                List<CheckInFlag> flags = checkIn.flags();
                flagged += flags == null || flags.isEmpty() ? 0 : 1;
            }
            return new PatrolledShift(shift.id(), versionOf(shift.version()), shift.gridBlockId(), shift.startedAt(), List.copyOf(visited),
                    flagged);
        }
    }

    /**
     * What one incident counts for a team: reported by it (then with what the station's figures
     * need: block, category, urgency and acknowledgement), or only tasks given to it.
     */
    public record IncidentShare(String incidentId, long version, boolean reported, int tasksAssigned, int tasksReported,
                                String gridBlockId, IncidentCategory category, boolean urgent, Instant reportedAt, Instant acknowledgedAt) {

        /** The incident's share for each team it concerns: the team that reported it, and each team given a task. */
        public static Map<String, IncidentShare> of(Incident.Snapshot incident) {
            Map<String, int[]> tasks = new LinkedHashMap<>();
            tasks.put(incident.teamId(), new int[2]);
            for (Incident.Task task : incident.tasks()) {
                int[] counts = tasks.computeIfAbsent(task.teamId(), team -> new int[2]);
                counts[0]++;
                counts[1] += task.report() == null ? 0 : 1;
            }
            long version = versionOf(incident.version());
            Map<String, IncidentShare> shares = new LinkedHashMap<>();
            tasks.forEach((team, counts) -> shares.put(team, team.equals(incident.teamId())
                    ? new IncidentShare(incident.id(), version, true, counts[0], counts[1], incident.gridBlockId(), incident.category(),
                            incident.urgent(), incident.reportedAt(), incident.acknowledgedAt())
                    : new IncidentShare(incident.id(), version, false, counts[0], counts[1], null, null, false, null, null)));
            return shares;
        }
    }

    /** This month with the shift's share, unless a share of the same or a later version is already in. */
    public TeamMonth with(PatrolledShift shift) {
        List<PatrolledShift> all = replaced(shifts, shift, PatrolledShift::shiftId, PatrolledShift::version, shift.version());
        return all == null ? this : new TeamMonth(teamId, month, all, missedShiftIds, incidents);
    }

    /** This month with the incident's share, unless a share of the same or a later version is already in. */
    public TeamMonth with(IncidentShare incident) {
        List<IncidentShare> all = replaced(incidents, incident, IncidentShare::incidentId, IncidentShare::version, incident.version());
        return all == null ? this : new TeamMonth(teamId, month, shifts, missedShiftIds, all);
    }

    /** This month with a missed shift (once). */
    public TeamMonth withMissed(String missedShiftId) {
        if (missedShiftIds.contains(missedShiftId)) {
            return this;
        }
        List<String> all = new ArrayList<>(missedShiftIds);
        all.add(missedShiftId);
        return new TeamMonth(teamId, month, shifts, all, incidents);
    }

    /**
     * The month summed, as its assessment reads it.
     *
     * @param zone   the station's zone, for the time band of each shift's start
     * @param blocks the grid blocks by id: a shift's visits count the checkpoints its block has
     */
    public TeamTotals totals(ZoneId zone, Function<String, Optional<GridBlock>> blocks) {
        Map<String, int[]> flagged = new LinkedHashMap<>();
        Map<String, Map<String, int[]>> bands = new LinkedHashMap<>();
        for (PatrolledShift shift : shifts) {
            Optional<GridBlock> block = blocks.apply(shift.gridBlockId());
            if (block.isEmpty()) {
                continue;
            }
            long visits = shift.visitedCheckpointIds().stream().filter(id -> block.get().checkpoint(id).isPresent()).count();
            flagged.computeIfAbsent(shift.gridBlockId(), id -> new int[1])[0] += shift.flaggedCheckIns();
            int[] band = bands.computeIfAbsent(shift.gridBlockId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(TeamAssessment.TimeBand.of(shift.startedAt().atZone(zone).toLocalTime()).name(), name -> new int[2]);
            band[0]++;
            band[1] += (int) visits;
        }
        Map<String, TeamTotals.BlockTotals> byBlock = new LinkedHashMap<>();
        bands.forEach((block, counts) -> {
            Map<String, TeamTotals.BandTotals> totals = new LinkedHashMap<>();
            counts.forEach((band, count) -> totals.put(band, new TeamTotals.BandTotals(count[0], count[1])));
            byBlock.put(block, new TeamTotals.BlockTotals(flagged.get(block)[0], totals));
        });
        int reported = 0;
        int assigned = 0;
        int answered = 0;
        int urgent = 0;
        List<Long> acknowledgedAfter = new ArrayList<>();
        Map<String, Map<String, Integer>> byBlockAndCategory = new LinkedHashMap<>();
        for (IncidentShare incident : incidents) {
            assigned += incident.tasksAssigned();
            answered += incident.tasksReported();
            if (!incident.reported()) {
                continue;
            }
            reported++;
            byBlockAndCategory.computeIfAbsent(incident.gridBlockId(), id -> new LinkedHashMap<>())
                    .merge(incident.category().name(), 1, Integer::sum);
            if (incident.urgent()) {
                urgent++;
                if (incident.acknowledgedAt() != null) {
                    acknowledgedAfter.add(Duration.between(incident.reportedAt(), incident.acknowledgedAt()).toMillis());
                }
            }
        }
        return new TeamTotals(teamId, shifts.size(), byBlock, missedShiftIds.size(), reported, assigned, answered, urgent,
                acknowledgedAfter, byBlockAndCategory);
    }

    /** The list with {@code share} in place of the one of the same id, or null when that one is as new or newer. */
    private static <T> List<T> replaced(List<T> shares, T share, Function<T, String> id, java.util.function.ToLongFunction<T> version,
                                        long newVersion) {
        List<T> all = new ArrayList<>(shares.size() + 1);
        boolean found = false;
        for (T existing : shares) {
            if (id.apply(existing).equals(id.apply(share))) {
                if (version.applyAsLong(existing) >= newVersion) {
                    return null;
                }
                all.add(share);
                found = true;
            } else {
                all.add(existing);
            }
        }
        if (!found) {
            all.add(share);
        }
        return all;
    }

    /** A record's stored version; one not yet stored counts as before every stored one. */
    private static long versionOf(Long version) {
        return version == null ? -1 : version;
    }
}
