package org.fengqiao.localstack;

/** Thrown when a part of the local stack cannot be started, or does not become healthy in time. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
