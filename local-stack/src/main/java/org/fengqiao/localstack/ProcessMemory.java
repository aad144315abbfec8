package org.fengqiao.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of processes, read from {@code /proc/<pid>/status} (Linux). */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS of the given process in KiB, or -1 if it cannot be read (process gone, not Linux). */
    public static long rssKb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String value = line.substring("VmRSS:".length()).trim();
                    int space = value.indexOf(' ');
                    return Long.parseLong(space < 0 ? value : value.substring(0, space));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** VmRSS of this JVM in KiB, or -1. */
    public static long currentRssKb() {
        return rssKb(ProcessHandle.current().pid());
    }

    /** "123 MiB" style formatting of a KiB figure; "n/a" for negative values. */
    public static String format(long kb) {
        if (kb < 0) {
            return "n/a";
        }
        if (kb >= 10 * 1024 * 1024) {
            return String.format("%.1f GiB", kb / (1024.0 * 1024.0));
        }
        return String.format("%d MiB", Math.round(kb / 1024.0));
    }
}
