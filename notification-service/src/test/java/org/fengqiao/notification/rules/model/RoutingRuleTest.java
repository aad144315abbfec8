package org.fengqiao.notification.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.fengqiao.events.notification.Channel;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

    private static RoutingRule rule(boolean enabled, Condition... when) {
        return new RoutingRule("r", null, "DisputeRiskRaised", List.of(when),
                List.of(new RecipientSpec(RecipientSpec.Kind.DUTY_ROSTER, "police-on-duty", null, null)), Urgency.URGENT,
                List.of(Channel.IN_APP), "disputeId", false, enabled);
    }

    @Test
    void a_rule_matches_its_event_type_when_every_condition_holds() {
        RoutingRule high = rule(true, new Condition("level", List.of("HIGH")), new Condition("urgent", List.of("true")));

        assertThat(high.matches("DisputeRiskRaised", new Payload(Map.of("level", "HIGH", "urgent", true)))).isTrue();
        assertThat(high.matches("DisputeRiskRaised", new Payload(Map.of("level", "HIGH", "urgent", false)))).isFalse();
        assertThat(high.matches("DisputeRiskLowered", new Payload(Map.of("level", "HIGH", "urgent", true)))).isFalse();
        assertThat(high.matches("DisputeRiskRaised", new Payload(Map.of("urgent", true)))).as("a missing field fails its condition").isFalse();
        assertThat(rule(false).matches("DisputeRiskRaised", new Payload(Map.of()))).as("disabled").isFalse();
    }

    @Test
    void a_condition_on_a_list_holds_when_any_element_matches() {
        RoutingRule rule = rule(true, new Condition("firedRules", List.of("gate-blocked")));

        assertThat(rule.matches("DisputeRiskRaised", new Payload(Map.of("firedRules", List.of("crowd-30", "gate-blocked"))))).isTrue();
    }

    @Test
    void malformed_rules_and_recipients_are_refused() {
        assertThatThrownBy(() -> new RecipientSpec(RecipientSpec.Kind.PERSON, "CO-01", "assigneeId", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecipientSpec(RecipientSpec.Kind.GRID_CELL_ROLE, null, "gridCellId", "MAYOR"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoutingRule("r", null, "DisputeReported", List.of(), List.of(), Urgency.ROUTINE,
                List.of(Channel.IN_APP), null, false, true)).hasMessageContaining("no recipient");
        assertThatThrownBy(() -> new RoutingRule("r", null, "DisputeReported", List.of(),
                List.of(new RecipientSpec(RecipientSpec.Kind.PERSON, "x", null, null)), Urgency.URGENT, List.of(Channel.IN_APP), null, true, true))
                .hasMessageContaining("digests");
    }
}
