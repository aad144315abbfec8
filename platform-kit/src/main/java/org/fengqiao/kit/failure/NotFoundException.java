package org.fengqiao.kit.failure;

/** The resource asked for does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
