package org.fengqiao.gateway.support;

import org.fengqiao.gateway.GatewayApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real gateway on a random port in front of the four stub services, trusting the test identity
 * provider. Every integration test that extends it shares one gateway (one Spring context), so
 * each test uses people of its own (a person may make 5 requests an hour here) and finds its
 * requests at the services by a path or a {@code probe} of its own.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limits.per-person.capacity=" + RunningGateway.PERSON_CAPACITY,
        "gateway.rate-limits.per-person.refill-period=1h",
        "gateway.rate-limits.per-client.capacity=1000000",
        "gateway.rate-limits.per-address.capacity=1000000",
        "gateway.max-body-size=" + RunningGateway.MAX_BODY_BYTES + "B",
        "gateway.cors.allowed-origins=" + RunningGateway.ALLOWED_ORIGIN + ",https://resident.example.org"})
public abstract class RunningGateway {

    public static final int PERSON_CAPACITY = 5;
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final String ALLOWED_ORIGIN = "https://officer.example.org";

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        PlatformServices.register(registry);
    }

    protected GatewayClient gateway() {
        return new GatewayClient(port);
    }
}
