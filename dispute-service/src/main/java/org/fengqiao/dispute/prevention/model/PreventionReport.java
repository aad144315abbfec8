package org.fengqiao.dispute.prevention.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.fengqiao.dispute.directory.model.Unit;

/**
 * The PREVENTION layer over a period: which construction units lack a contingency plan, which had
 * no publicity session, and the sessions held.
 *
 * @param constructionUnits            construction units in the directory
 * @param unitsWithAllPlans            of those, the ones with every required plan on file
 * @param unitsMissingPlans            the others, with what they lack
 * @param sessionsHeld                 publicity sessions held with any unit in the period
 * @param attendance                   people who attended them
 * @param constructionUnitsWithoutSession construction units no session reached in the period
 */
public record PreventionReport(LocalDate from, LocalDate to, int constructionUnits, int unitsWithAllPlans,
                               List<MissingPlans> unitsMissingPlans, int sessionsHeld, int attendance,
                               List<String> constructionUnitsWithoutSession) {

    public record MissingPlans(String unitId, String name, Set<Unit.PlanKind> missing) {
    }

    /** Builds the report from the directory's units and the sessions held between {@code from} and {@code to}, both included. */
    public static PreventionReport of(LocalDate from, LocalDate to, List<Unit> units, List<PublicitySession> sessions) {
        List<Unit> construction = units.stream().filter(Unit::isConstructionUnit).sorted(Comparator.comparing(Unit::id)).toList();
        List<PublicitySession> inPeriod = sessions.stream()
                .filter(s -> !s.heldOn().isBefore(from) && !s.heldOn().isAfter(to)).toList();
        Set<String> reached = inPeriod.stream().map(PublicitySession::unitId).collect(java.util.stream.Collectors.toSet());
        List<MissingPlans> missing = construction.stream().filter(u -> !u.missingPlans().isEmpty())
                .map(u -> new MissingPlans(u.id(), u.name(), u.missingPlans())).toList();
        return new PreventionReport(from, to, construction.size(), construction.size() - missing.size(), missing, inPeriod.size(),
                inPeriod.stream().mapToInt(PublicitySession::attendance).sum(),
                construction.stream().map(Unit::id).filter(id -> !reached.contains(id)).toList());
    }
}
