package org.fengqiao.events;

/**
 * An event that breaks its contract (a required field missing or out of range). Consumers treat
 * it as poison: it is dead-lettered, never retried.
 */
public class InvalidEventException extends IllegalArgumentException {

    private final String field;

    public InvalidEventException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
