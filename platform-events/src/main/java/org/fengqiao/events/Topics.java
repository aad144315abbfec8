package org.fengqiao.events;

import java.util.List;

/**
 * The platform's Kafka topics, one per producing aggregate family. The record key is always the
 * aggregate id, so one aggregate's events stay in order on one partition.
 *
 * <p>These names are part of the public contract: other systems subscribe to them.
 */
public final class Topics {

    /** Everything that happens to a dispute. Produced by dispute-service. */
    public static final String DISPUTE_EVENTS = "dispute.events";
    /** Patrol teams, shifts, check-ins and incidents. Produced by patrol-service. */
    public static final String PATROL_EVENTS = "patrol.events";
    /** Service points, appointments, home visits, lost and found. Produced by citizen-service. */
    public static final String CITIZEN_EVENTS = "citizen.events";
    /** Delivery status of notifications. Produced by notification-service. */
    public static final String NOTIFICATION_EVENTS = "notification.events";

    public static final List<String> ALL = List.of(DISPUTE_EVENTS, PATROL_EVENTS, CITIZEN_EVENTS, NOTIFICATION_EVENTS);

    /**
     * The dead-letter topic of one consumer group on one topic: records that group could not
     * process land here once, with their original headers and the exception.
     */
    public static String deadLetterTopic(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }

    private Topics() {
    }
}
