package org.fengqiao.localstack;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * Turns the chatty infrastructure loggers (Kafka, mongo-java-server, H2, Netty) down to WARN when
 * logback is the SLF4J backend. Loggers that already have an explicit level (for example from a
 * test's logback-test.xml) are left alone.
 */
public final class QuietLogging {

    private static final String[] NOISY = {
            "kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "org.h2", "io.netty"
    };

    private QuietLogging() {
    }

    public static void apply() {
        try {
            ILoggerFactory factory = LoggerFactory.getILoggerFactory();
            if (factory instanceof LoggerContext context) {
                for (String name : NOISY) {
                    ch.qos.logback.classic.Logger logger = context.getLogger(name);
                    if (logger.getLevel() == null) {
                        logger.setLevel(Level.WARN);
                    }
                }
            }
        } catch (LinkageError e) {
            // logback is not on the class path: nothing to do
        }
    }
}
