package org.fengqiao.kit.messaging;

import java.util.Objects;

/**
 * Where a record was read: its topic, partition and offset. One consumer thread reads a partition
 * in offset order, so a consumer can tell a record it has already applied (an offset at or below
 * the last one it applied from that partition) from a new one.
 */
public record RecordPosition(String topic, int partition, long offset) {

    public RecordPosition {
        Objects.requireNonNull(topic, "topic");
    }

    /** {@code topic-partition}, as Kafka names a partition. */
    public String partitionName() {
        return topic + "-" + partition;
    }
}
