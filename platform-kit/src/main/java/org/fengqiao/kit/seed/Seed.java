package org.fengqiao.kit.seed;

/**
 * Data a service puts in its own store at start: reference data (routing rules and templates,
 * service points, patrol teams) and the local stack's made-up years. The service's seeds run once
 * per start, in {@link #order()}, after its beans are made and before it takes a request or reads
 * a topic ({@link SeedRunner}), so nothing is handled against a store that lacks its reference
 * data. A seed adds only what the store does not hold yet: what operators changed stays, and a
 * second start writes nothing new. Reference data that only lives in memory is read with
 * {@link SeedFiles} where it is needed.
 */
public interface Seed {

    /** The order of reference data: first. */
    int REFERENCE_DATA = 0;
    /** The order of made-up data, which refers to the reference data. */
    int DEMO_DATA = 100;

    /** Lower runs first. */
    default int order() {
        return REFERENCE_DATA;
    }

    /** Adds what the store is missing, and says in the log what it did. */
    void seed();
}
