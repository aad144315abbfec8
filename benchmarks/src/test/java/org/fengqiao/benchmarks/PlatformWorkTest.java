package org.fengqiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformWorkTest {

    private static final String SCRAPE = """
            # HELP mongodb_driver_commands_seconds Timer of mongodb commands
            # TYPE mongodb_driver_commands_seconds summary
            mongodb_driver_commands_seconds_count{application="dispute-service",collection="disputes",command="insert",database="dispute",status="SUCCESS"} 492
            mongodb_driver_commands_seconds_sum{application="dispute-service",collection="disputes",command="insert",database="dispute",status="SUCCESS"} 1.2
            mongodb_driver_commands_seconds_count{application="dispute-service",collection="dispute_event_log",command="insert",database="dispute",status="SUCCESS"} 8
            mongodb_driver_commands_seconds_count{application="dispute-service",collection="disputes",command="update",database="dispute",status="FAILED"} 2
            mongodb_driver_commands_seconds_count{application="dispute-service",collection="unknown",command="ping",database="dispute",status="SUCCESS"} 20
            mongodb_driver_commands_seconds_count{application="dispute-service",collection="disputes",command="createIndexes",database="dispute",status="SUCCESS"} 3
            kafka_producer_record_send_total{application="dispute-service",client_id="dispute-service-outbox"} 2888.0
            """;

    @Test
    void store_commands_are_summed_over_collections_without_the_drivers_housekeeping() {
        assertThat(PlatformWork.commandCounts(SCRAPE)).containsExactlyInAnyOrderEntriesOf(Map.of("insert", 500.0, "update", 2.0));
    }

    @Test
    void work_per_report_is_what_a_step_added_divided_by_its_reports() {
        PlatformWork.Snapshot before = new PlatformWork.Snapshot(Map.of("dispute-service", Map.of("insert", 100.0, "find", 10.0)),
                Map.of("dispute.events", 40L, "notification.events", 0L));
        PlatformWork.Snapshot after = new PlatformWork.Snapshot(
                Map.of("dispute-service", Map.of("insert", 300.0, "find", 10.0), "notification-service", Map.of("update", 150.0)),
                Map.of("dispute.events", 240L, "notification.events", 300L));

        PlatformWork.PerReport perReport = PlatformWork.perReport(before, after, 100);

        assertThat(perReport.describeStore())
                .isEqualTo("store commands 3.5: dispute-service 2.0 (insert 2.0); notification-service 1.5 (update 1.5)");
        assertThat(perReport.describeRecords()).isEqualTo("records 5.0: dispute.events 2.0, notification.events 3.0");
    }
}
