package org.fengqiao.notification.rules.model;

import java.util.List;
import java.util.Objects;

/**
 * A test on one field of an event's payload: the field's value, as text, is one of {@code in}
 * (booleans read {@code true}/{@code false}, numbers as written).
 */
public record Condition(String field, List<String> in) {

    public Condition {
        Objects.requireNonNull(field, "field");
        in = in == null ? List.of() : List.copyOf(in);
        if (in.isEmpty()) {
            throw new IllegalArgumentException("a condition on " + field + " lists the values it accepts");
        }
    }
}
