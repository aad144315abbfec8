package org.fengqiao.citizen.lostfound.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Lost and found: a handover of items (a library's duty desk brings in lost IDs, bags and cups),
 * owners identified and told, items returned; items unclaimed after {@code keep-for} are disposed
 * of with a record by a periodic round.
 */
@Service
public class LostAndFound {

    /** One item as handed over; {@code ownerRef} when a document inside names the owner. */
    public record Handed(LostItemKind kind, String description, String ownerRef) {
    }

    private static final Logger log = LoggerFactory.getLogger(LostAndFound.class);
    static final String DISPOSAL_ROUND = "disposal-round";

    static final String HANDOVER = "lost-item-handover";

    private final LostItems items;
    private final ServicePoints servicePoints;
    private final Duration keepFor;
    private final Clock clock;
    private final UnfinishedOperations operations;
    private final CrashPoints crashPoints;
    private final Duration unfinishedAfter;

    public LostAndFound(LostItems items, ServicePoints servicePoints, @Value("${citizen.lost-and-found.keep-for}") Duration keepFor, Clock clock,
                        UnfinishedOperations operations, CrashPoints crashPoints,
                        @Value("${citizen.lost-and-found.unfinished-after:PT1M}") Duration unfinishedAfter) {
        this.operations = operations;
        this.crashPoints = crashPoints;
        this.unfinishedAfter = unfinishedAfter;
        this.items = items;
        this.servicePoints = servicePoints;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    public List<LostItem> receive(String handedOverBy, String servicePointId, List<Handed> handed) {
        String pointName = servicePoints.find(servicePointId).map(org.fengqiao.citizen.servicepoint.model.ServicePoint::name)
                .orElseThrow(() -> new InvalidFieldException("servicePointId", "no service point '" + servicePointId + "' to keep the items"));
        Instant now = clock.instant();
        String handoverId = UUID.randomUUID().toString();
        // every item is built (and so checked) before any is stored
        List<LostItem> built = new ArrayList<>();
        for (Handed h : handed) {
            built.add(LostItem.receive(UUID.randomUUID().toString(), handoverId, h.kind(), h.description(), handedOverBy, servicePointId,
                    pointName, h.ownerRef(), keepFor, now));
        }
        if (built.size() == 1) {
            return List.of(items.save(built.get(0)));
        }
        // one write per item: recorded first (what each item is), so that a crash part-way is
        // completed by finishInterrupted() with the items not stored yet, under the same ids
        operations.begin(HANDOVER, handoverId, Map.of("items", built.stream().map(LostAndFound::facts).toList()));
        List<LostItem> saved = new ArrayList<>();
        for (LostItem item : built) {
            saved.add(items.save(item));
            crashPoints.reached("handover.item-saved");
        }
        operations.finished(HANDOVER, handoverId);
        return saved;
    }

    private static Map<String, Object> facts(LostItem item) {
        LostItem.Snapshot s = item.snapshot();
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("id", s.id());
        facts.put("kind", s.kind().name());
        facts.put("description", s.description());
        facts.put("handedOverBy", s.handedOverBy());
        facts.put("servicePointId", s.servicePointId());
        facts.put("ownerRef", s.ownerRef());
        facts.put("receivedAt", s.receivedAt().toString());
        return facts;
    }

    /**
     * Completes the handovers a crash interrupted part-way, once older than any request takes
     * ({@code citizen.lost-and-found.unfinished-after}, a minute): the items not stored yet are
     * received now, under the ids and with the details the handover recorded. Runs every 30 s.
     */
    @Scheduled(fixedDelayString = "${citizen.lost-and-found.unfinished-check-interval:PT30S}",
            initialDelayString = "${citizen.lost-and-found.unfinished-check-interval:PT30S}")
    public int finishInterrupted() {
        return operations.finishOlderThan(java.util.Set.of(HANDOVER), unfinishedAfter, operation -> {
            for (org.bson.Document item : operation.facts().getList("items", org.bson.Document.class)) {
                if (items.find(item.getString("id")).isEmpty()) {
                    String pointId = item.getString("servicePointId");
                    items.save(LostItem.receive(item.getString("id"), operation.id(), LostItemKind.valueOf(item.getString("kind")),
                            item.getString("description"), item.getString("handedOverBy"), pointId, servicePoints.nameOf(pointId),
                            item.getString("ownerRef"), keepFor, Instant.parse(item.getString("receivedAt"))));
                    log.warn("handover {} was interrupted before item {} was stored: received now", operation.id(), item.getString("id"));
                }
            }
            return UnfinishedOperations.Outcome.completed("/api/v1/lost-items?handoverId=" + operation.id());
        });
    }

    public LostItem identifyOwner(String id, String ownerRef) {
        LostItem item = find(id);
        item.identifyOwner(ownerRef, servicePoints.nameOf(item.snapshot().servicePointId()), clock.instant());
        return items.save(item);
    }

    public LostItem returnTo(String id, String claimantRef, String by) {
        LostItem item = find(id);
        item.returnTo(claimantRef, by, clock.instant());
        return items.save(item);
    }

    /** Disposes of every item kept past its time; returns how many. */
    @Scheduled(fixedDelayString = "${citizen.lost-and-found.check-interval}", initialDelayString = "${citizen.lost-and-found.check-interval}")
    public int disposeUnclaimed() {
        int disposed = 0;
        for (LostItem item : items.keptPast(clock.instant(), 200)) {
            try {
                item.dispose(DISPOSAL_ROUND, clock.instant());
                items.save(item);
                disposed++;
            } catch (OptimisticLockingFailureException e) {
                log.debug("lost item {} changed while being disposed of; next round", item.snapshot().id());
            }
        }
        if (disposed > 0) {
            log.info("{} unclaimed lost items disposed of", disposed);
        }
        return disposed;
    }

    public LostItem find(String id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("lost item", id));
    }
}
