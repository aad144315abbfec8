package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The figures the launcher and the benchmark print, read from {@code /proc} for this very JVM. */
class ProcessUsageTest {

    @Test
    void cpu_time_is_what_the_jvm_itself_counts_and_grows_with_work() {
        com.sun.management.OperatingSystemMXBean jvm = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = ProcessUsage.currentCpuMillis();
        long jvmBefore = jvm.getProcessCpuTime() / 1_000_000;
        // busy until the JVM has counted 300 ms more of its own CPU time, however long that takes on a loaded machine
        long sum = 0;
        while (jvm.getProcessCpuTime() / 1_000_000 < jvmBefore + 300) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }
        long after = ProcessUsage.currentCpuMillis();
        long jvmAfter = jvm.getProcessCpuTime() / 1_000_000;

        assertThat(sum).isPositive();
        assertThat(before).as("the JVM's own count, to a few ticks").isCloseTo(jvmBefore, Offset.offset(60L));
        assertThat(after).as("the JVM's own count, to a few ticks").isCloseTo(jvmAfter, Offset.offset(60L));
        assertThat(after - before).isGreaterThanOrEqualTo(250L);
    }

    @Test
    void a_process_that_is_not_there_reads_as_minus_one() {
        assertThat(ProcessUsage.cpuMillis(Long.MAX_VALUE)).isEqualTo(-1);
        assertThat(ProcessUsage.rssKb(Long.MAX_VALUE)).isEqualTo(-1);
        assertThat(ProcessUsage.currentRssKb()).isPositive();
    }
}
