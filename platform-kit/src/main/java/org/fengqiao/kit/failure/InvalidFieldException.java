package org.fengqiao.kit.failure;

/** A field that is well-formed but not acceptable, e.g. an unknown grid cell (HTTP 400). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
