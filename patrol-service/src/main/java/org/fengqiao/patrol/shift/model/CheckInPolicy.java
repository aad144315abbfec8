package org.fengqiao.patrol.shift.model;

import java.time.Duration;

/**
 * When a check-in is flagged (it is accepted all the same): further than {@code maxDistanceMetres}
 * from its checkpoint, or with a device clock more than {@code maxClockSkew} off the server's.
 */
public record CheckInPolicy(int maxDistanceMetres, Duration maxClockSkew) {
}
