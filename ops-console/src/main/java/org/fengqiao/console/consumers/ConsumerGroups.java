package org.fengqiao.console.consumers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.fengqiao.console.config.ConsoleProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The broker's consumer groups as the consumers page shows them: each group's state and members,
 * and per partition its committed offset, the end of the partition and the lag between them. A
 * group is <i>stalled</i> on a partition when it has lag there and its committed offset has not
 * moved for {@code console.stalled-after}; the console looks every ten seconds to know that.
 */
@Component
public class ConsumerGroups {

    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final Clock clock;
    private final Duration stalledAfter;
    /** group → partition → (committed offset, since when it has not moved). */
    private final Map<String, Map<TopicPartition, Seen>> seen = new ConcurrentHashMap<>();

    private record Seen(long offset, Instant since) {
    }

    public ConsumerGroups(Admin admin, ConsoleProperties properties, Clock clock) {
        this.admin = admin;
        this.clock = clock;
        this.stalledAfter = properties.stalledAfter();
    }

    /** One partition of one group. */
    public record PartitionLag(String topic, int partition, long committed, long end, long lag, boolean stalled, Instant unmovedSince) {
    }

    /** One member: its client id, host and the partitions it holds. */
    public record Member(String clientId, String host, List<String> partitions) {
    }

    /** One group. */
    public record Group(String id, String state, List<Member> members, List<PartitionLag> partitions) {

        public long lag() {
            return partitions.stream().mapToLong(PartitionLag::lag).sum();
        }

        public boolean stalled() {
            return partitions.stream().anyMatch(PartitionLag::stalled);
        }
    }

    /** Every consumer group, sorted by id. */
    public List<Group> groups() {
        List<String> ids = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> descriptions = get(admin.describeConsumerGroups(ids).all());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (String id : ids) {
            committed.put(id, get(admin.listConsumerGroupOffsets(id).partitionsToOffsetAndMetadata()));
        }
        Set<TopicPartition> all = committed.values().stream().flatMap(offsets -> offsets.keySet().stream()).collect(Collectors.toSet());
        Map<TopicPartition, Long> ends = ends(all);
        Instant now = clock.instant();
        List<Group> groups = new ArrayList<>();
        for (String id : ids) {
            ConsumerGroupDescription description = descriptions.get(id);
            List<PartitionLag> partitions = new ArrayList<>();
            Map<TopicPartition, Seen> seenOfGroup = seen.computeIfAbsent(id, g -> new ConcurrentHashMap<>());
            committed.get(id).forEach((partition, offset) -> {
                if (offset == null) {
                    return;
                }
                long end = ends.getOrDefault(partition, offset.offset());
                long lag = Math.max(0, end - offset.offset());
                Seen before = seenOfGroup.get(partition);
                Seen now_ = before != null && before.offset() == offset.offset() ? before : new Seen(offset.offset(), now);
                seenOfGroup.put(partition, now_);
                boolean stalled = lag > 0 && !now_.since().plus(stalledAfter).isAfter(now);
                partitions.add(new PartitionLag(partition.topic(), partition.partition(), offset.offset(), end, lag, stalled, now_.since()));
            });
            partitions.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
            List<Member> members = description == null ? List.of() : description.members().stream().map(ConsumerGroups::member).toList();
            groups.add(new Group(id, description == null ? "UNKNOWN" : description.groupState().toString(), members, partitions));
        }
        return groups;
    }

    /** The committed offsets of every group, for telling which groups have handled a record. */
    public Map<String, Map<TopicPartition, Long>> committedOffsets() {
        Map<String, Map<TopicPartition, Long>> offsets = new TreeMap<>();
        for (GroupListing group : get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())) {
            Map<TopicPartition, Long> ofGroup = new HashMap<>();
            get(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata())
                    .forEach((partition, offset) -> {
                        if (offset != null) {
                            ofGroup.put(partition, offset.offset());
                        }
                    });
            offsets.put(group.groupId(), ofGroup);
        }
        return offsets;
    }

    /** Looks every ten seconds, so that "not moved for a minute" is known between page views. */
    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    void look() {
        try {
            groups();
        } catch (IllegalStateException e) {
            // the broker away: the page says so when it is opened
        }
    }

    private Map<TopicPartition, Long> ends(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        get(admin.listOffsets(latest).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static Member member(MemberDescription member) {
        List<String> partitions = member.assignment().topicPartitions().stream()
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                .map(TopicPartition::toString).toList();
        return new Member(member.clientId(), member.host(), partitions);
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not answer: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the broker", e);
        }
    }
}
