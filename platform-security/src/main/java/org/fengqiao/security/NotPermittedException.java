package org.fengqiao.security;

/**
 * The caller's role allows the operation, but not on this resource or as this person: another
 * grid cell's officer triaging, someone other than the assignee recording mediation, a resident
 * reading another resident's appointment, a body naming someone other than the signed-in person
 * (HTTP 403, {@code forbidden}, naming the field when one is to blame).
 */
public class NotPermittedException extends RuntimeException {

    private final String field;

    public NotPermittedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
