package org.fengqiao.dispute.prevention.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.prevention.model.PreventionReport;
import org.fengqiao.dispute.prevention.model.PublicitySession;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.springframework.stereotype.Service;

/** The PREVENTION layer's work: publicity sessions held with units, and the report over a period. */
@Service
public class PreventionWork {

    private final StationDirectory directory;
    private final PublicitySessions sessions;
    private final Clock clock;

    public PreventionWork(StationDirectory directory, PublicitySessions sessions, Clock clock) {
        this.directory = directory;
        this.sessions = sessions;
        this.clock = clock;
    }

    public PublicitySession recordSession(String unitId, LocalDate heldOn, String topic, int attendance, String heldBy) {
        directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("heldOn", "a session is recorded once held; " + heldOn + " is in the future");
        }
        return sessions.save(new PublicitySession(UUID.randomUUID().toString(), unitId, heldOn, topic, attendance, heldBy,
                clock.instant()));
    }

    public List<PublicitySession> sessionsOf(String unitId) {
        directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        return sessions.ofUnit(unitId);
    }

    public PreventionReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        return PreventionReport.of(from, to, directory.units(), sessions.heldBetween(from, to));
    }
}
