package org.fengqiao.patrol.assessment.application;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.fengqiao.patrol.assessment.model.TeamMonth;
import org.fengqiao.patrol.assessment.model.TeamTotals;

/** The teams' months as their assessment counts them, one document per team and month, read and written by key. */
public interface AssessmentTallies {

    /** The summed months of these teams, without their shares; a team with nothing counted in the month is left out. */
    Map<String, TeamTotals> totals(YearMonth month, Collection<String> teamIds);

    /**
     * Applies a change to a team's month and keeps it with its sum, again on the newer month when
     * another writer came first.
     */
    void change(String teamId, YearMonth month, UnaryOperator<TeamMonth> change, Function<TeamMonth, TeamTotals> sum);

    /** Whether the month's records were counted in (once, at its first assessment). */
    boolean filed(YearMonth month);

    void markFiled(YearMonth month);
}
