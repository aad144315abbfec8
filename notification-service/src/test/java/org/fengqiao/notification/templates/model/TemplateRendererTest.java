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
}
