package org.fengqiao.events;

import java.util.List;

/** Contract checks used by the event records' compact constructors. */
public final class Require {

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field, "must not be blank");
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidEventException(field, "must be present");
        }
        return value;
    }

    public static int atLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw new InvalidEventException(field, "must be at least " + minimum + " but was " + value);
        }
        return value;
    }

    /** An immutable copy of a list that may be absent in older versions of an event. */
    public static <T> List<T> listOrEmpty(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    private Require() {
    }
}
