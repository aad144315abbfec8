package org.fengqiao.dispute.kpi.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fengqiao.dispute.kpi.model.Events.day;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.fengqiao.dispute.kpi.application.DisputeEventLog;
import org.fengqiao.dispute.kpi.model.DisputeKpis;
import org.fengqiao.dispute.kpi.application.StationKpis;
import org.fengqiao.dispute.kpi.model.KpiQuery;
import org.fengqiao.dispute.kpi.model.KpiReport;
import org.fengqiao.dispute.kpi.model.KpiTally;
import org.fengqiao.dispute.kpi.model.SameFigures;
import org.fengqiao.dispute.kpi.model.Station;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.kit.messaging.RecordPosition;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.StoreQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The log behind the KPIs on the real embedded store: the figures read back from it equal those
 * of the topic itself, one document per dispute, by key only, and events logged in the earlier
 * layout (one document per event) still count.
 */
class DisputeEventLogIT {

    private static final MongoClient CLIENT = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(EmbeddedInfrastructure.mongoUri("dispute-kpi-log")))
            .addCommandListener(StoreQueries.recorded()).build());
    private static final int[] DAYS_LOOKED_AT = {3, 12, 20, 60};
    /** The tallies' first start files what the log holds: a scan, once. */
    private static final Set<String> FILING = Set.of("dispute_event_ids find {}", "dispute_kpi_events find {}");

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "dispute-kpi-log");
    private final List<DisputeEvent> topic = Station.topic();
    private MongoDisputeEventLog log;
    private MongoKpiTallies tallies;

    @BeforeEach
    void emptyStore() {
        mongo.getDb().drop();
        startAgain();
        StoreQueries.recorded().reset();
    }

    /** A new instance of the log and the tallies on the same store, as after a restart. */
    private void startAgain() {
        tallies = new MongoKpiTallies(mongo, ZoneOffset.UTC);
        // three disputes read at a time, so that every fold below reads the log in several parts
        log = new MongoDisputeEventLog(mongo, tallies, 3);
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void the_figures_read_back_equal_the_topic_s_with_one_document_per_dispute_read_by_key() {
        for (int i = 0; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i));
        }

        assertSameFiguresAsTheTopic();
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).as("queries no unique index serves").isEmpty();
        assertThat(mongo.getCollection("dispute_kpi_events").countDocuments())
                .as("one per dispute").isEqualTo(Station.STORIES.size());
        assertThat(mongo.getCollection("dispute_kpi_events").find(new Document("_id", "d-escalated")).first()
                .getList("events", Document.class)).extracting(e -> e.getString("type"))
                .as("only what the KPIs read, in the order read").containsExactly("DisputeReported", "DisputeTriaged",
                        "DisputeAssigned", "MediationSessionRecorded", "DisputeEscalated", "DisputeAssigned",
                        "MediationSessionRecorded", "DisputeEscalated", "DisputeAssigned", "MediationSessionRecorded",
                        "DisputeResolved");
    }

    @Test
    void every_event_delivered_again_in_another_order_adds_nothing() {
        for (int i = 0; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i));
        }
        long before = eventsKept();
        for (int i = topic.size() - 1; i >= 0; i--) {
            log.append("e-" + i, topic.get(i));
        }

        assertThat(eventsKept()).isEqualTo(before).isEqualTo(topic.stream().filter(DisputeKpis::reads).count());
        assertSameFiguresAsTheTopic();
    }

    @Test
    void events_logged_one_document_each_before_the_layout_changed_count_before_the_later_ones() {
        int half = topic.size() / 2;
        for (int i = 0; i < half; i++) {
            logTheEarlierWay("e-" + i, topic.get(i));
        }
        // the new version starts on a store with the earlier layout; its first event is one read
        // again (a redelivery across the change)
        startAgain();
        for (int i = half - 1; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i));
        }

        assertSameFiguresAsTheTopic();
        assertThat(StoreQueries.recorded().scansOutside(mongo, FILING)).as("queries no unique index serves").isEmpty();
        assertThat(mongo.getCollection("dispute_event_log").countDocuments()).as("never written again").isEqualTo(half);
    }

    @Test
    void records_read_again_after_a_restart_add_nothing_to_the_tallies() {
        for (int i = 0; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i), positionOf(i));
        }
        Map<String, KpiTally> tallied = tallies.byGridCell(januaryDays());
        startAgain();
        for (int i = topic.size() / 3; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i), positionOf(i));
        }

        assertThat(tallies.byGridCell(januaryDays())).isEqualTo(tallied);
        assertSameFiguresAsTheTopic();
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).as("queries no unique index serves").isEmpty();
    }

    @Test
    void the_topic_read_a_poll_at_a_time_gives_the_same_log_and_tallies_as_one_record_at_a_time_in_fewer_writes() {
        for (int i = 0; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i), positionOf(i));
        }
        Map<String, KpiTally> oneAtATime = tallies.byGridCell(januaryDays());
        long writesOneAtATime = writes();
        long keptOneAtATime = eventsKept();
        mongo.getDb().drop();
        startAgain();
        StoreQueries.recorded().reset();

        // polls of 1 to 13 records; the last third read again after a restart, in other polls
        int[] sizes = {1, 7, 13, 2, 9, 4, 11};
        for (int start = 0, p = 0; start < topic.size(); start += sizes[p++ % sizes.length]) {
            log.appendAll(reads(start, Math.min(topic.size(), start + sizes[p % sizes.length])));
        }
        long writesByPoll = writes();
        startAgain();
        for (int start = topic.size() * 2 / 3; start < topic.size(); start += 5) {
            log.appendAll(reads(start, Math.min(topic.size(), start + 5)));
        }

        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).as("queries no unique index serves").isEmpty();
        assertThat(tallies.byGridCell(januaryDays())).isEqualTo(oneAtATime);
        assertThat(eventsKept()).isEqualTo(keptOneAtATime);
        assertSameFiguresAsTheTopic();
        assertThat(writesByPoll).as("writes for the topic a poll at a time, against %d one at a time", writesOneAtATime)
                .isLessThan(writesOneAtATime * 2 / 3);
    }

    private List<DisputeEventLog.Read> reads(int from, int to) {
        List<DisputeEventLog.Read> reads = new ArrayList<>();
        for (int i = from; i < to; i++) {
            reads.add(new DisputeEventLog.Read("e-" + i, topic.get(i), positionOf(i)));
        }
        return reads;
    }

    /** The writing commands sent to the store since the last reset. */
    private long writes() {
        return StoreQueries.recorded().in(mongo.getDb().getName()).entrySet().stream()
                .filter(e -> Set.of("insert", "update", "findAndModify", "delete").contains(e.getKey().command()))
                .mapToLong(e -> e.getValue().times().get()).sum();
    }

    @Test
    void a_record_whose_event_was_kept_but_not_tallied_before_a_crash_is_tallied_when_read_again() {
        int crashAt = topic.size() / 2;
        MongoKpiTallies crashing = new MongoKpiTallies(mongo, ZoneOffset.UTC) {
            @Override
            public void addAll(List<Change> changes) {
                if (changes.stream().anyMatch(change -> change.position().offset() == crashAt)) {
                    throw new IllegalStateException("the process died here");
                }
                super.addAll(changes);
            }
        };
        log = new MongoDisputeEventLog(mongo, crashing);
        for (int i = 0; i < crashAt; i++) {
            log.append("e-" + i, topic.get(i), positionOf(i));
        }
        assertThatThrownBy(() -> log.append("e-" + crashAt, topic.get(crashAt), positionOf(crashAt))).hasMessageContaining("died");

        startAgain();
        for (int i = crashAt; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i), positionOf(i));
        }

        assertSameFiguresAsTheTopic();
    }

    @Test
    void the_disputes_logged_before_the_tallies_existed_are_filed_once_at_the_first_start() {
        for (int i = 0; i < topic.size(); i++) {
            log.append("e-" + i, topic.get(i));
        }
        mongo.getCollection("dispute_kpi_tallies").drop();
        mongo.getCollection("dispute_kpi_tally_days").drop();
        StoreQueries.recorded().reset();

        startAgain();
        startAgain();

        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).as("the log read whole at the first start only")
                .singleElement().asString().startsWith("dispute_kpi_events find {} x1 ");
        assertSameFiguresAsTheTopic();
        assertThat(mongo.getCollection("dispute_kpi_tallies").countDocuments()).as("one per day reported on").isEqualTo(
                topic.stream().filter(DisputeReported.class::isInstance).map(e -> DayKeys.of(((DisputeReported) e).reportedAt())).distinct().count());
    }

    /** Records spread over three partitions, in topic order: a dispute's events all in one, as by its key. */
    private RecordPosition positionOf(int index) {
        return new RecordPosition("dispute.events", Math.floorMod(topic.get(index).disputeId().hashCode(), 3), index);
    }

    private static List<LocalDate> januaryDays() {
        return LocalDate.ofInstant(day(-30), ZoneOffset.UTC).datesUntil(LocalDate.ofInstant(day(60), ZoneOffset.UTC)).toList();
    }

    private void assertSameFiguresAsTheTopic() {
        KpiQuery january = Station.JANUARY_ON_DAY_60;
        for (int asOf : DAYS_LOOKED_AT) {
            KpiQuery query = january.withAsOf(day(asOf));
            assertThat(DisputeKpis.computeByDispute(log.reportedIn(query.from(), query.to()), query))
                    .as("on day %d", asOf).isEqualTo(DisputeKpis.compute(topic, query));
        }
        assertThat(DisputeKpis.byGridCellByDispute(log.reportedIn(january.from(), january.to()), january))
                .isEqualTo(DisputeKpis.byGridCell(topic, january));
        // the running tallies hold every event read, so they answer for a moment after the last
        KpiQuery now = january.withAsOf(day(60));
        StationKpis kpis = new StationKpis(log, tallies);
        SameFigures.assertSameFigures(kpis.figures(now), DisputeKpis.compute(topic, now));
        Map<String, KpiReport> byCell = kpis.figuresByGridCell(now);
        assertThat(byCell).containsOnlyKeys(DisputeKpis.byGridCell(topic, now).keySet());
        byCell.forEach((cell, report) -> SameFigures.assertSameFigures(report, DisputeKpis.compute(topic, now.inGridCell(cell))));
    }

    private long eventsKept() {
        List<Document> disputes = mongo.getCollection("dispute_kpi_events").find().into(new ArrayList<>());
        return disputes.stream().mapToLong(d -> d.getList("events", Document.class).size()).sum();
    }

    /** What the log wrote before this layout: the day's list, the dispute's event ids, one document per event. */
    private void logTheEarlierWay(String eventId, DisputeEvent event) {
        if (event instanceof DisputeReported reported) {
            new BucketedIds(mongo, "disputes_reported_on").add(DayKeys.of(reported.reportedAt()), reported.disputeId());
        }
        new KeyedIds(mongo, "dispute_event_ids").add(event.disputeId(), eventId);
        mongo.insert(new Document("_id", eventId)
                .append("type", event.getClass().getSimpleName())
                .append("disputeId", event.disputeId())
                .append("at", java.util.Date.from(event.occurredAt()))
                .append("payload", EventJson.write(event)), "dispute_event_log");
    }
}
