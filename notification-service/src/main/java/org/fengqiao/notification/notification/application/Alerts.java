package org.fengqiao.notification.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fengqiao.notification.notification.model.Alert;

/** Where alerts are kept, with the payload of the event that raised them (to notify people further down a roster). */
public interface Alerts {

    record Stored(Alert alert, java.util.Map<String, Object> payload) {
    }

    boolean addIfAbsent(Alert alert, java.util.Map<String, Object> payload);

    Optional<Stored> find(String id);

    /** Applies a change guarded by the stored version; empty when someone else changed it first. */
    Optional<Alert> updateIfUnchanged(String id, Function<Alert, Alert.Changed> change);

    /** Unacknowledged alerts about a subject (e.g. an incident id). */
    List<Alert> openAbout(String subjectId);

    /** Every alert about a subject, acknowledged or not. */
    List<Alert> about(String subjectId);

    /**
     * The latest unacknowledged alerts, newest first, at most {@code limit}: for the operators'
     * alerts board, a bounded query on a page view, never on an event's path.
     */
    List<Alert> open(int limit);

    /** Unacknowledged alerts whose next repeat is due; a scan, for a watcher's first look only. */
    List<String> due(Instant now, int maxRepeats, int limit);

    /**
     * The ids of alerts filed as repeating at some moment in the minutes from {@code from}'s to
     * {@code to}'s; found by key. A hint: the alert itself says whether a repeat is still due.
     */
    List<String> dueBetween(Instant from, Instant to);
}
