package org.fengqiao.kit.test;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The clock of a flow test: a {@link MutableClock} the test moves, in place of the service's
 * clock, starting at the instant named by the property {@code platform.test.clock-start}. One line
 * in the test's {@code @SpringBootTest}:
 * {@code classes = {XServiceApplication.class, TestClock.class}, properties = {TestClock.STARTS_AT + START_AT, ...}}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** The property naming the start, ready to be followed by an ISO-8601 instant in {@code properties}. */
    public static final String STARTS_AT = "platform.test.clock-start=";

    @Bean
    MutableClock clock(@Value("${platform.test.clock-start}") String start) {
        return new MutableClock(Instant.parse(start));
    }
}
