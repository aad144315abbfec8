package org.fengqiao.patrol.shift.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.directory.model.TeamRoster;
import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Notices planned shifts that were not started: once today's planned start plus the grace period
 * has passed and the team started no shift on a block of its own since an hour before the planned
 * start, {@code ShiftMissed} is recorded, once per team, block and day (several replicas write the
 * same id, the store keeps one).
 */
@Service
public class WatchSchedules {

    private static final Logger log = LoggerFactory.getLogger(WatchSchedules.class);

    private final Shifts shifts;
    private final PatrolTeams teams;
    private final PatrolDirectory directory;
    private final Duration grace;
    private final Clock clock;
    /** Told each missed shift recorded (the assessment counts it). */
    private final ApplicationEventPublisher written;

    public WatchSchedules(Shifts shifts, PatrolTeams teams, PatrolDirectory directory, @Value("${patrol.schedule.grace}") Duration grace,
                          Clock clock, ApplicationEventPublisher written) {
        this.written = written;
        this.shifts = shifts;
        this.teams = teams;
        this.directory = directory;
        this.grace = grace;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${patrol.schedule.check-interval}", initialDelayString = "${patrol.schedule.check-interval}")
    public void scheduled() {
        checkDue();
    }

    /** Records today's missed shifts; returns how many it recorded now. */
    public int checkDue() {
        Instant now = clock.instant();
        int recorded = 0;
        for (TeamRoster roster : directory.rosters()) {
            TeamRoster.Schedule schedule = roster.schedule();
            if (schedule == null) {
                continue;
            }
            LocalDate today = now.atZone(schedule.zone()).toLocalDate();
            ZonedDateTime plannedStart = today.atTime(schedule.start()).atZone(schedule.zone());
            if (now.isBefore(plannedStart.toInstant().plus(grace))) {
                continue;
            }
            var team = teams.find(roster.teamId());
            if (team.isEmpty()) {
                continue;
            }
            for (String block : team.get().gridBlockIds()) {
                if (shifts.startedBetween(roster.teamId(), block, plannedStart.toInstant().minus(Duration.ofHours(1)), now)) {
                    continue;
                }
                MissedShiftNoticed missed = new MissedShiftNoticed(DerivedIds.of("missed-shift", roster.teamId(), block, today.toString()),
                        roster.teamId(), block, plannedStart.toInstant(), now);
                if (shifts.recordMissed(missed)) {
                    written.publishEvent(missed);
                    recorded++;
                }
            }
        }
        if (recorded > 0) {
            log.info("{} planned shift(s) not started", recorded);
        }
        return recorded;
    }
}
