package org.fengqiao.dispute.dispute.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.dispute.dispute.application.RiskRules;
import org.fengqiao.dispute.dispute.model.RiskRule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The risk rules in force, as an operator reads them (they are changed in the configuration). */
@RestController
@Tag(name = "Risk rules")
class RiskRuleController {

    private final RiskRules rules;

    RiskRuleController(RiskRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/risk-rules")
    @Operation(summary = "The rules that give a dispute's risk of a mass incident")
    List<RiskRule> rules() {
        return rules.rules();
    }
}
