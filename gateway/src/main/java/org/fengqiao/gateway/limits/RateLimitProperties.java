package org.fengqiao.gateway.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests the gateway lets through ({@code gateway.rate-limits.*}), in memory, per
 * gateway instance.
 *
 * @param perPerson      per person: the token's subject
 * @param perClient      per client app or outside system: the token's {@code client_id} (else {@code azp}),
 *                       shared by everyone signed in through it
 * @param perAddress     per remote address, for the public requests that carry no token
 * @param maxTrackedKeys how many people (clients, addresses) each limit remembers at most; the
 *                       least recently seen are forgotten first, so a flood of new keys costs
 *                       bounded memory
 */
@ConfigurationProperties("gateway.rate-limits")
public record RateLimitProperties(Limit perPerson, Limit perClient, Limit perAddress, Integer maxTrackedKeys) {

    public RateLimitProperties {
        perPerson = perPerson == null ? new Limit(120L, Duration.ofMinutes(1)) : perPerson;
        perClient = perClient == null ? new Limit(1200L, Duration.ofMinutes(1)) : perClient;
        perAddress = perAddress == null ? new Limit(300L, Duration.ofMinutes(1)) : perAddress;
        maxTrackedKeys = maxTrackedKeys == null ? 10_000 : maxTrackedKeys;
        if (maxTrackedKeys < 1) {
            throw new IllegalArgumentException("gateway.rate-limits.max-tracked-keys must be at least 1");
        }
    }

    /**
     * @param capacity     requests allowed at once (a burst) and per refill period
     * @param refillPeriod the time over which the capacity is refilled, evenly
     */
    public record Limit(Long capacity, Duration refillPeriod) {

        public Limit {
            capacity = capacity == null ? 120L : capacity;
            refillPeriod = refillPeriod == null ? Duration.ofMinutes(1) : refillPeriod;
            if (capacity < 1 || refillPeriod.isNegative() || refillPeriod.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive refill period");
            }
        }
    }
}
