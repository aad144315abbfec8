package org.fengqiao.console.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void the_usual_period_is_the_twelve_months_up_to_today_in_the_stations_time() {
        Period period = Period.lastTwelveMonths(LocalDate.parse("2026-11-30"));

        assertThat(period.from()).isEqualTo(LocalDate.parse("2025-12-01"));
        assertThat(period.months()).hasSize(12).startsWith(YearMonth.parse("2025-12")).endsWith(YearMonth.parse("2026-11"));
        // the dispute KPIs take instants: the station's midnights, the end exclusive
        assertThat(period.fromInstant()).isEqualTo("2025-11-30T16:00:00Z");
        assertThat(period.toInstant()).isEqualTo("2026-11-30T16:00:00Z");
    }

    @Test
    void a_month_of_the_period_is_clipped_to_it() {
        Period period = new Period(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-10"));

        assertThat(period.of(YearMonth.parse("2026-01"))).isEqualTo(new Period(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-01-31")));
        assertThat(period.of(YearMonth.parse("2026-02"))).isEqualTo(new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
        assertThat(period.of(YearMonth.parse("2026-03"))).isEqualTo(new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10")));
    }

    @Test
    void a_period_that_ends_before_it_starts_or_runs_past_two_years_is_refused() {
        assertThatThrownBy(() -> new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")))
                .hasMessageContaining("ends (2026-01-31) before it starts (2026-02-01)");
        assertThatThrownBy(() -> new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2026-01-01")))
                .hasMessageContaining("at most 24 months");
        assertThat(new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31")).months()).hasSize(24);
    }
}
