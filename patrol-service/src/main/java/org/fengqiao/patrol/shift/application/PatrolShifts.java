package org.fengqiao.patrol.shift.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.fengqiao.patrol.directory.model.Checkpoint;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.shift.model.CheckInPolicy;
import org.fengqiao.patrol.shift.model.Shift;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.fengqiao.patrol.team.application.PatrolAccess;
import org.fengqiao.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Shifts on the blocks contracted to a team, and the online check-ins during them. */
@Service
public class PatrolShifts {

    private final Shifts shifts;
    private final PatrolTeams teams;
    private final PatrolDirectory directory;
    private final CheckInPolicy policy;
    private final Clock clock;
    /** Told each shift written (the assessment counts it). */
    private final ApplicationEventPublisher written;

    public PatrolShifts(Shifts shifts, PatrolTeams teams, PatrolDirectory directory, CheckInPolicy policy, Clock clock,
                        ApplicationEventPublisher written) {
        this.written = written;
        this.shifts = shifts;
        this.teams = teams;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    public Shift start(String teamId, String gridBlockId, String memberId) {
        PatrolTeam team = teams.find(teamId).orElseThrow(() -> new InvalidFieldException("teamId", "unknown patrol team '" + teamId + "'"));
        GridBlock block = block(gridBlockId);
        if (!team.gridBlockIds().contains(block.id())) {
            throw new RuleViolatedException("gridBlockId", "block " + block.id() + " is not contracted to " + teamId
                    + " (its blocks: " + String.join(", ", team.gridBlockIds()) + ")");
        }
        directory.roster(teamId).ifPresent(roster -> roster.member(memberId)
                .orElseThrow(() -> new InvalidFieldException("memberId", memberId + " is not a member of " + teamId)));
        if (shifts.active(teamId, block.id()).isPresent()) {
            throw new RuleViolatedException("gridBlockId", teamId + " already has an active shift on " + block.id());
        }
        return save(Shift.start(UUID.randomUUID().toString(), teamId, block.id(), memberId, clock.instant()));
    }

    /**
     * A member checks in at a checkpoint; the team must have an active shift on the checkpoint's
     * block. Far or clock-skewed check-ins are accepted and flagged.
     */
    public Shift.CheckIn checkIn(String teamId, String memberId, String checkpointId, Instant deviceTime, double latitude,
                                 double longitude) {
        GridBlock block = directory.blockOfCheckpoint(checkpointId)
                .orElseThrow(() -> new InvalidFieldException("checkpointId", "unknown checkpoint '" + checkpointId + "'"));
        Checkpoint checkpoint = block.checkpoint(checkpointId).orElseThrow();
        Shift shift = shifts.active(teamId, block.id()).orElseThrow(() -> new RuleViolatedException("checkpointId",
                "a check-in needs an active shift: " + teamId + " has none on block " + block.id()));
        Shift.CheckIn checkIn = shift.checkIn(memberId, checkpoint, deviceTime, latitude, longitude, policy, clock.instant());
        save(shift);
        return checkIn;
    }

    /** A member of the shift's team ends it. */
    public Shift end(String shiftId, Caller caller) {
        Shift shift = get(shiftId);
        PatrolAccess.requireOwnTeam(caller, shift.snapshot().teamId());
        shift.end(block(shift.snapshot().gridBlockId()), clock.instant());
        return save(shift);
    }

    private Shift save(Shift shift) {
        Shift saved = shifts.save(shift);
        written.publishEvent(saved.snapshot());
        return saved;
    }

    public Shift get(String shiftId) {
        return shifts.find(shiftId).orElseThrow(() -> new NotFoundException("shift", shiftId));
    }

    private GridBlock block(String gridBlockId) {
        return directory.block(gridBlockId)
                .orElseThrow(() -> new InvalidFieldException("gridBlockId", "unknown grid block '" + gridBlockId + "'"));
    }
}
