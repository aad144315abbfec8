package org.fengqiao.dispute.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.fengqiao.dispute.DisputeServiceApplication;
import org.fengqiao.dispute.kpi.application.KpiMetrics;
import org.fengqiao.events.Topics;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.StoreQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The local stack's made-up year: its KPIs, read from the API, land near the station's published
 * rates, and the running tallies give the same figures as the fold of the log.
 */
@SpringBootTest(classes = DisputeServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dispute.demo.seed-year=true",
                // its own consumer group: other test contexts in this JVM read the same topic
                "spring.cloud.stream.bindings.disputeEvents-in-0.group=" + DemoYearIT.GROUP})
class DemoYearIT {

    static final String GROUP = "demo-year-it-kpis";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "dispute-demo-year");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KpiMetrics gauges;
    @Autowired
    MeterRegistry meters;

    @Test
    void a_made_up_year_resolves_about_95_percent_and_mediates_about_99_percent_successfully() {
        Instant now = Instant.now();
        String query = "/api/v1/kpis?cases=true&from=" + now.minus(Duration.ofDays(366)) + "&to=" + now.plusSeconds(60);
        ApiClient api = ApiClient.localhost(port).by("PO-01");

        // the test broker's topic also carries other tests' disputes: wait for all 480 of the year, and
        // for the KPI consumer to have read the whole topic (a dispute's resolution follows its report)
        JsonNode kpis = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> lag(GROUP) == 0 ? api.get(query).json() : null,
                        k -> k != null && k.get("cohort").valueStream().filter(id -> id.asString().startsWith("demo-")).count() == 480);

        System.out.println("demo year KPIs: resolution " + kpis.get("resolutionRate").get("value").asDouble()
                + ", mediation success " + kpis.get("mediationSuccessRate").get("value").asDouble());
        assertThat(kpis.get("resolutionRate").get("value").asDouble()).isBetween(0.93, 0.97);
        assertThat(kpis.get("mediationSuccessRate").get("value").asDouble()).isBetween(0.985, 0.997);
        assertThat(kpis.get("notPushedUpwardRate").get("value").asDouble()).isGreaterThan(0.98);

        // the same year's figures now, from the running tallies (whole days of the station's zone, no asOf),
        // and folded from the log
        ZoneId station = ZoneId.of("Asia/Shanghai");
        LocalDate tomorrow = LocalDate.now(station).plusDays(1);
        String year = "/api/v1/kpis?from=" + tomorrow.minusDays(368).atStartOfDay(station).toInstant()
                + "&to=" + tomorrow.atStartOfDay(station).toInstant();
        StoreQueries.recorded().reset();
        JsonNode tallied = api.get(year).json();
        assertThat(StoreQueries.recorded().in(mongo.getDb().getName()).keySet()).extracting(StoreQueries.Shape::collection)
                .as("read from the running tallies, not the log").contains("dispute_kpi_tallies").doesNotContain("dispute_kpi_events");
        JsonNode folded = api.get(year + "&asOf=" + Instant.now()).json();
        assertThat(tallied.get("cohortSize").asLong()).isGreaterThanOrEqualTo(480).isEqualTo(folded.get("cohortSize").asLong());
        for (String rate : List.of("resolutionRate", "mediationSuccessRate", "notPushedUpwardRate", "resolvedWithinGridRate",
                "recurrenceWithin90Days")) {
            assertThat(List.of(tallied.get(rate).get("numerator"), tallied.get(rate).get("denominator"))).as(rate)
                    .isEqualTo(List.of(folded.get(rate).get("numerator"), folded.get(rate).get("denominator")));
        }
        for (String counts : List.of("openByLayer", "overdueByLayer", "resolvedByLayer")) {
            assertThat(tallied.get(counts).toString()).as(counts).isEqualTo(folded.get(counts).toString());
        }
        Duration median = Duration.parse(folded.get("timeToResolution").get("median").asString());
        assertThat(Duration.parse(tallied.get("timeToResolution").get("median").asString()).minus(median).abs())
                .isLessThanOrEqualTo(median.dividedBy(100));
        assertThat(tallied.has("cohort")).as("the disputes only when asked for").isFalse();

        // the gauges: the station's last 365 days, read from the running tallies
        gauges.refresh();
        JsonNode lastYear = api.get("/api/v1/kpis?from=" + tomorrow.minusDays(365).atStartOfDay(station).toInstant()
                + "&to=" + tomorrow.atStartOfDay(station).toInstant()).json();
        assertThat(meters.get("dispute.kpi.resolution.rate").gauge().value())
                .isEqualTo(lastYear.get("resolutionRate").get("value").asDouble());
        assertThat(meters.get("dispute.open").tag("layer", "INFORMATION").gauge().value())
                .isEqualTo(lastYear.get("openByLayer").get("INFORMATION").get("count").asDouble());
    }

    /** Records of dispute.events the group has not committed yet (all of them before its first commit). */
    private static long lag(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBrokers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.DISPUTE_EVENTS)).allTopicNames().get().get(Topics.DISPUTE_EVENTS).partitions()
                    .forEach(p -> latest.put(new TopicPartition(Topics.DISPUTE_EVENTS, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }
}
