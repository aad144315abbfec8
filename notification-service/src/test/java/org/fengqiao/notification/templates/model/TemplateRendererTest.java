package org.fengqiao.notification.templates.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fengqiao.notification.rules.model.Payload;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void fills_nested_fields_lists_and_service_variables_and_names_what_is_missing() {
        Payload payload = new Payload(Map.of("dispute", Map.of("gridCellId", "GC-204"), "firedRules", List.of("gate-blocked", "crowd-30"),
                "peopleInvolved", 40));
        Template template = new Template("X", "zh-CN", "{{ dispute.gridCellId }}：{{gridCellName}}",
                "{{peopleInvolved}}人，规则{{firedRules}}，{{site}}$1\\");

        TemplateRenderer.Rendered rendered = TemplateRenderer.render(template, payload, Map.of("gridCellName", "Willow tenancy blocks"));

        assertThat(rendered.title()).isEqualTo("GC-204：Willow tenancy blocks");
        assertThat(rendered.body()).isEqualTo("40人，规则gate-blocked, crowd-30，$1\\");
        assertThat(rendered.missing()).containsExactly("site");
    }

    @Test
    void a_local_time_is_written_in_the_stations_zone_and_a_value_that_is_no_instant_as_it_is() {
        Payload payload = new Payload(Map.of("slotStart", "2026-06-03T01:30:00Z", "servicePointId", "PA-01"));
        Template template = new Template("X", "en", "At {{slotStart | local}}", "{{servicePointId|local}} ({{slotStart}})");

        TemplateRenderer.Rendered rendered = TemplateRenderer.render(template, payload, Map.of(), java.time.ZoneId.of("Asia/Shanghai"));

        assertThat(rendered.title()).isEqualTo("At 2026-06-03 09:30");
        assertThat(rendered.body()).isEqualTo("PA-01 (2026-06-03T01:30:00Z)");
        assertThat(rendered.missing()).isEmpty();
    }
}
