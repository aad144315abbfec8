package org.fengqiao.dispute.dispute.model;

import java.time.Instant;

/**
 * One line of a dispute's timeline: who did what, and when.
 *
 * @param eventType the event that records it
 * @param at        when it happened
 * @param actor     who did it ({@code personId (role)}, or {@code system})
 * @param summary   what happened, in one sentence
 */
public record TimelineEntry(String eventType, Instant at, String actor, String summary) {
}
