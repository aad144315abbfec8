package org.fengqiao.kit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.MutableClock;
import org.fengqiao.kit.web.IdempotencyKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Idempotency-Key filter on the real embedded store, when the process handling the first request died. */
class IdempotencyKeysIT {

    private static final MongoClient CLIENT = MongoClients.create(EmbeddedInfrastructure.mongoUri("kit-idempotency"));
    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "kit-idempotency");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final IdempotencyKeys keys = new IdempotencyKeys(mongo, clock, Duration.ofDays(1), Duration.ofMinutes(1));
    private final AtomicInteger created = new AtomicInteger();

    @BeforeEach
    void emptyStore() {
        mongo.getDb().drop();
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void a_key_whose_first_request_never_finished_is_free_again_after_a_minute_and_the_retry_is_handled_once() throws Exception {
        CountDownLatch handling = new CountDownLatch(1);
        // the first request's handler never returns: its process died in the middle of it
        Thread first = new Thread(() -> post("key-1", (request, response) -> {
            handling.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "died-mid-request");
        first.setDaemon(true);
        first.start();
        assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse retry = post("key-1", this::create);
        assertThat(retry.getStatus()).as("while the first may still be running").isEqualTo(409);
        assertThat(retry.getHeader("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(post("key-1", this::create).getStatus()).as("59 s later").isEqualTo(409);

        clock.advance(Duration.ofSeconds(2));
        MockHttpServletResponse handled = post("key-1", this::create);
        assertThat(handled.getStatus()).as("61 s later: the first is given up").isEqualTo(201);
        assertThat(handled.getContentAsString()).isEqualTo("{\"id\":\"D-1\"}");

        MockHttpServletResponse again = post("key-1", this::create);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getHeader(IdempotencyKeys.REPLAYED)).isEqualTo("true");
        assertThat(again.getContentAsString()).isEqualTo("{\"id\":\"D-1\"}");
        assertThat(created).as("handled once, after the first was given up").hasValue(1);
    }

    @Test
    void a_key_answered_is_answered_the_same_long_after_a_minute() throws Exception {
        assertThat(post("key-2", this::create).getStatus()).isEqualTo(201);
        clock.advance(Duration.ofHours(23));

        MockHttpServletResponse again = post("key-2", this::create);
        assertThat(again.getHeader(IdempotencyKeys.REPLAYED)).isEqualTo("true");
        assertThat(created).hasValue(1);
    }

    /** The handler of a creating POST: 201 with the new id. */
    private void create(ServletRequest request, ServletResponse response) throws IOException {
        ((HttpServletResponse) response).setStatus(201);
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"id\":\"D-" + created.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse post(String key, FilterChain handler) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("IV-0007", null, "ROLE_GRID_WORKER"));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/disputes");
        request.addHeader(IdempotencyKeys.HEADER, key);
        request.setContentType("application/json");
        request.setContent("{\"gridCellId\":\"GC-304\"}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            keys.doFilter(request, response, handler);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }
}
