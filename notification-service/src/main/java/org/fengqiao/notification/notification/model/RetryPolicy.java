package org.fengqiao.notification.notification.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a channel retries a failed delivery: the first retry after {@code initialBackoff}, each next
 * one {@code multiplier} times later, never more than {@code maxBackoff} apart, and at most
 * {@code maxAttempts} attempts in all before the notification is parked.
 */
public record RetryPolicy(Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (multiplier < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs multiplier >= 1 and maxAttempts >= 1");
        }
    }

    /** When to try again after {@code attemptsMade} failed attempts; empty when it is time to park. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attemptsMade - 1));
        long capped = (long) Math.min(millis, maxBackoff.toMillis());
        return Optional.of(now.plusMillis(capped));
    }
}
