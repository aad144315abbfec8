package org.fengqiao.gateway.limits;

/**
 * A rate limit's answer to one request.
 *
 * @param admitted          whether it may pass
 * @param retryAfterSeconds when it was refused: whole seconds until one more request will be
 *                          admitted (the {@code Retry-After} header), at least 1
 */
record Admission(boolean admitted, long retryAfterSeconds) {

    static final Admission ADMITTED = new Admission(true, 0);

    static Admission refusedFor(long nanosToWait) {
        long seconds = (nanosToWait + 999_999_999L) / 1_000_000_000L;
        return new Admission(false, Math.max(1, seconds));
    }
}
