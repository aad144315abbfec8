package org.fengqiao.citizen.servicepoint.application;

import java.time.Clock;
import java.util.List;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.OpeningPeriod;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.seed.Seed;
import org.fengqiao.kit.seed.SeedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Opens the station's service points from {@code seed/service-points.json} ("three rooms, two
 * points, one centre", at the published counts) on the first start: each point missing from the
 * store is registered and announced with {@code ServicePointRegistered}; points already there are
 * left as they are. {@code citizen.seed.service-points=false} starts with none.
 */
@Component
@ConditionalOnProperty(name = "citizen.seed.service-points", havingValue = "true", matchIfMissing = true)
public class SeedServicePoints implements Seed {

    /** A point as the seed file writes it. */
    public record SeedPoint(String id, String name, ServicePointType type, String address, boolean roundTheClock,
                            List<OfferedService> services, List<OpeningPeriod> openingHours, int slotCapacity) {
    }

    /** The seed file. */
    public record SeedFile(List<SeedPoint> servicePoints) {
    }

    static final String RESOURCE = "/org/fengqiao/citizen/seed/service-points.json";
    private static final Logger log = LoggerFactory.getLogger(SeedServicePoints.class);

    private final ServicePoints servicePoints;
    private final Clock clock;

    public SeedServicePoints(ServicePoints servicePoints, Clock clock) {
        this.servicePoints = servicePoints;
        this.clock = clock;
    }

    public static List<SeedPoint> points() {
        return SeedFiles.read(RESOURCE, SeedFile.class).servicePoints();
    }

    @Override
    public void seed() {
        int opened = 0;
        List<SeedPoint> seed = points();
        for (SeedPoint p : seed) {
            if (servicePoints.find(p.id()).isEmpty()) {
                servicePoints.save(ServicePoint.register(p.id(), p.name(), p.type(), p.address(), p.roundTheClock(), p.services(),
                        p.openingHours(), p.slotCapacity(), clock.instant()));
                opened++;
            }
        }
        log.info("service points: {} opened from the seed, {} in the seed", opened, seed.size());
    }
}
