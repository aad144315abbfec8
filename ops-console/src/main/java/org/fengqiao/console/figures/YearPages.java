package org.fengqiao.console.figures;

import java.time.LocalDate;

import org.springframework.ui.Model;

/** The period a figures page shows: the one asked for, or the last twelve months. */
final class YearPages {

    /** The period, with {@code from} and {@code to} in the model; null (and the reason as {@code problem}) when it is not one. */
    static Period period(LocalDate from, LocalDate to, LocalDate today, Model model) {
        Period period;
        try {
            Period usual = Period.lastTwelveMonths(today);
            period = new Period(from == null ? usual.from() : from, to == null ? usual.to() : to);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", "from, to: " + e.getMessage());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return null;
        }
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        return period;
    }

    private YearPages() {
    }
}
