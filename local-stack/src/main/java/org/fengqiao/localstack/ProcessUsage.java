package org.fengqiao.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory and CPU time of processes, read from {@code /proc/<pid>} (Linux). */
public final class ProcessUsage {

    private static final long TICKS_PER_SECOND = 100;
    /** utime and stime: fields 14 and 15 of {@code stat}, counted here from field 3. */
    private static final int UTIME = 11;
    private static final int STIME = 12;

    private ProcessUsage() {
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

    /**
     * CPU time the process has used so far, user and system, in milliseconds, or -1 if it cannot be
     * read: {@code /proc/<pid>/stat}'s utime and stime, counted in the kernel's clock ticks (100 a
     * second on Linux).
     */
    public static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) is in parentheses and may hold spaces: fields are counted after it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(fields[UTIME]) + Long.parseLong(fields[STIME])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time of this JVM in milliseconds, or -1. */
    public static long currentCpuMillis() {
        return cpuMillis(ProcessHandle.current().pid());
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
