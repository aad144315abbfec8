package org.fengqiao.console.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a page's figures are about, {@code from} to {@code to} inclusive, in the station's time
 * zone; at most {@value #MAX_MONTHS} months (a page asks each service once per month for some
 * figures).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_MONTHS = 24;

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to).plusMonths(1))) {
            throw new IllegalArgumentException("a period of at most " + MAX_MONTHS + " months, please");
        }
    }

    /** The twelve months up to and including today's. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
    }

    /** The dispute KPIs' {@code from} (inclusive), as an instant. */
    public String fromInstant() {
        return from.atStartOfDay(STATION_ZONE).toInstant().toString();
    }

    /** The dispute KPIs' {@code to} (exclusive): the start of the day after the last. */
    public String toInstant() {
        return to.plusDays(1).atStartOfDay(STATION_ZONE).toInstant().toString();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** One month of this period, clipped to it. */
    public Period of(YearMonth month) {
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return new Period(start, end);
    }
}
