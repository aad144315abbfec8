package org.fengqiao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.fengqiao.localstack.LocalStack;

/**
 * Keeps the logs of a test's local stack under {@code target/system-test-logs/<test>/}: the data
 * dir is temporary, and a flow that failed across six processes is read in their logs.
 */
public final class StackLogs {

    public static void keep(LocalStack stack, String test) {
        Path from = stack.dataDir().resolve("logs");
        Path to = Path.of("target", "system-test-logs", test);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> logs = Files.list(from)) {
            Files.createDirectories(to);
            for (Path log : logs.toList()) {
                Files.copy(log, to.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StackLogs() {
    }
}
