package org.fengqiao.patrol.assessment.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.patrol.assessment.application.AssessTeams;
import org.fengqiao.patrol.assessment.model.TeamAssessment;
import org.fengqiao.kit.validation.PlausibleTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Team assessment (考核) and the patrol KPIs, per month. */
@RestController
@Tag(name = "Assessment and KPIs", description = "Shifts done against planned, checkpoint coverage, incidents, time to acknowledgement")
class AssessmentController {

    private final AssessTeams assess;

    AssessmentController(AssessTeams assess) {
        this.assess = assess;
    }

    @GetMapping("/api/v1/assessments/{month}")
    @Operation(summary = "Every team's assessment for a month, ranked", description = "Best checkpoint coverage first.")
    List<TeamAssessment> ranking(@Parameter(example = "2026-06") @PathVariable @PlausibleTime YearMonth month) {
        return assess.ranking(month);
    }

    @PostMapping("/api/v1/assessments/{month}/below-threshold")
    @Operation(summary = "Publish the teams below the coverage bar for a month now",
            description = "Each team once per month (TeamAssessedBelowThreshold); the same runs by itself on the first night of a month.")
    Map<String, Integer> publish(@Parameter(example = "2026-06") @PathVariable @PlausibleTime YearMonth month) {
        return Map.of("published", assess.publishBelowThreshold(month));
    }

    @GetMapping("/api/v1/patrol-kpis/{month}")
    @Operation(summary = "Coverage, time from alert to police acknowledgement, incidents by block and category")
    AssessTeams.PatrolKpis kpis(@Parameter(example = "2026-06") @PathVariable @PlausibleTime YearMonth month) {
        return assess.kpis(month);
    }
}
