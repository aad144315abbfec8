package org.fengqiao.gateway.support;

import java.util.List;
import java.util.Map;

import org.fengqiao.security.test.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The four services as stubs (real HTTP servers), started once per test JVM and shared by every
 * integration test, and the test identity provider whose tokens the gateway is made to trust.
 */
public final class PlatformServices {

    public static final StubService DISPUTE = StubService.start("dispute-service");
    public static final StubService PATROL = StubService.start("patrol-service");
    public static final StubService CITIZEN = StubService.start("citizen-service");
    public static final StubService NOTIFICATION = StubService.start("notification-service");

    public static final StubService OPS_CONSOLE = StubService.start("ops-console");
    public static final List<StubService> ALL = List.of(DISPUTE, PATROL, CITIZEN, NOTIFICATION, OPS_CONSOLE);

    private static final Map<String, StubService> BY_NAME = Map.of(
            DISPUTE.name(), DISPUTE, PATROL.name(), PATROL, CITIZEN.name(), CITIZEN, NOTIFICATION.name(), NOTIFICATION,
            OPS_CONSOLE.name(), OPS_CONSOLE);

    public static StubService named(String service) {
        return BY_NAME.get(service);
    }

    /** Points the gateway at the stubs through the same environment variables a deployment sets, and at the test identity provider. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("DISPUTE_SERVICE_URI", DISPUTE::uri);
        registry.add("PATROL_SERVICE_URI", PATROL::uri);
        registry.add("CITIZEN_SERVICE_URI", CITIZEN::uri);
        registry.add("NOTIFICATION_SERVICE_URI", NOTIFICATION::uri);
        registry.add("OPS_CONSOLE_URI", OPS_CONSOLE::uri);
        trustTestTokens(registry);
    }

    public static void trustTestTokens(DynamicPropertyRegistry registry) {
        TestIdentityProvider.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Every request any stub received with the query parameter {@code probe=<probe>}. */
    public static List<StubService.Received> receivedWithProbe(String probe) {
        return ALL.stream().flatMap(service -> service.receivedWithProbe(probe).stream()).toList();
    }

    private PlatformServices() {
    }
}
