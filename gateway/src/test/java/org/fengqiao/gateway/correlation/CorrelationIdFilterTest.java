package org.fengqiao.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CorrelationIdFilterTest {

    @Test
    void a_sane_id_is_kept() {
        assertThat(CorrelationIdFilter.accept("app-7:req.42_x")).isEqualTo("app-7:req.42_x");
        assertThat(CorrelationIdFilter.accept("a".repeat(100))).isEqualTo("a".repeat(100));
    }

    @Test
    void anything_else_is_replaced_by_a_new_uuid() {
        for (String insane : new String[] {null, "", "a".repeat(101), "two words", "<script>", "ünïcode", "line\nbreak"}) {
            String accepted = CorrelationIdFilter.accept(insane);

            assertThat(accepted).isNotEqualTo(insane);
            assertThat(UUID.fromString(accepted)).isNotNull();
        }
    }
}
