package org.fengqiao.kit.failure;

/**
 * A well-formed request that the resource's rules forbid in its current state, e.g. a name that
 * must be unique and is taken (HTTP 409, {@code rule-violated}, naming the field).
 */
public class RuleViolatedException extends RuntimeException {

    private final String field;

    public RuleViolatedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
