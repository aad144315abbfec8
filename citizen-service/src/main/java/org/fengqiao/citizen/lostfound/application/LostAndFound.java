package org.fengqiao.citizen.lostfound.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
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

    private final LostItems items;
    private final ServicePoints servicePoints;
    private final Duration keepFor;
    private final Clock clock;

    public LostAndFound(LostItems items, ServicePoints servicePoints, @Value("${citizen.lost-and-found.keep-for}") Duration keepFor, Clock clock) {
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
        return built.stream().map(items::save).toList();
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
