package org.fengqiao.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.fengqiao.kit.failure.InvalidFieldException;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    @Test
    void the_platform_works_with_the_years_2000_to_2099() {
        assertThat(TimeLimits.isPlausible(Instant.parse("2000-01-01T00:00:00Z"))).isTrue();
        assertThat(TimeLimits.isPlausible(Instant.parse("2099-12-31T23:59:59Z"))).isTrue();
        assertThat(TimeLimits.isPlausible(Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
        assertThat(TimeLimits.isPlausible(Instant.parse("1999-12-31T23:59:59Z"))).isFalse();
        assertThat(TimeLimits.isPlausible(LocalDate.MAX)).isFalse();
        assertThat(TimeLimits.isPlausible(LocalDate.MIN)).isFalse();
        assertThat(TimeLimits.isPlausible(YearMonth.of(2026, 11))).isTrue();
        assertThat(TimeLimits.isPlausible(YearMonth.of(999_999_999, 12))).isFalse();
        assertThat(new PlausibleTimeValidator().isValid(null, null)).as("null is for @NotNull to judge").isTrue();
    }

    @Test
    void a_period_is_refused_naming_the_field_to_blame() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        TimeLimits.requirePeriod("from", from, "to", Instant.parse("2030-12-31T00:00:00Z"));

        assertThatThrownBy(() -> TimeLimits.requirePeriod("from", Instant.MIN, "to", from))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> TimeLimits.requirePeriod("from", from, "to", Instant.MAX))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> TimeLimits.requirePeriod("from", from, "to", from.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage()).contains("before it starts"));
        assertThatThrownBy(() -> TimeLimits.requirePeriod("from", from, "to", Instant.parse("2040-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage()).contains("at most five years"));
        assertThatThrownBy(() -> TimeLimits.requirePeriod("from", LocalDate.of(2026, 1, 1), "to", LocalDate.MAX))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
