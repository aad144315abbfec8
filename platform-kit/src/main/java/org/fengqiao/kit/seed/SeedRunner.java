package org.fengqiao.kit.seed;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs the service's {@link Seed}s, in order, once every bean is made and before anything starts:
 * the web server, the topic bindings and the outbox relay start after it (what a seed raises waits
 * in its documents and is published when the relay starts). Seeds add only what is missing, so
 * two replicas starting together both seed: the one that loses a race (a key the other has just
 * written) runs its seed again a second later and finds the other's work. A seed that fails three
 * times stops the start: a service without its reference data would handle requests and events
 * wrongly.
 */
public final class SeedRunner implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

    private static final int ATTEMPTS = 3;

    private final ObjectProvider<Seed> seeds;

    public SeedRunner(ObjectProvider<Seed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Seed> ordered = seeds.stream().sorted(Comparator.comparingInt(Seed::order)).toList();
        for (Seed seed : ordered) {
            long start = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                try {
                    seed.seed();
                    break;
                } catch (RuntimeException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    log.warn("seed {} failed ({}); another replica may be seeding too: again in a second",
                            seed.getClass().getSimpleName(), e.toString());
                    pause();
                }
            }
            log.debug("seed {} done in {} ms", seed.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
    }
}
