package org.fengqiao.kit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.Counters;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.DueIndex;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.StoreQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The kit's lookups by key, on the real embedded store: what they find, and that they only ever ask by key. */
class KeyLookupsIT {

    private static final MongoClient CLIENT = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(EmbeddedInfrastructure.mongoUri("kit-keys")))
            .addCommandListener(StoreQueries.recorded()).build());
    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "kit-keys");

    @BeforeEach
    void emptyStore() {
        mongo.getDb().drop();
        StoreQueries.recorded().reset();
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void two_writers_numbering_the_same_key_never_get_the_same_number() throws Exception {
        Counters counters = new Counters(mongo, "numbers");
        Set<Long> handedOut = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = IntStream.range(0, 2).<Future<?>>mapToObj(w -> writers.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    handedOut.add(counters.next("CO-01"));
                }
            })).toList();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        counters.unused("CO-01");

        assertThat(handedOut).hasSize(300).allMatch(n -> n >= 1 && n <= 300);
        assertThat(counters.issued("CO-01")).isEqualTo(new Counters.Issued(300, 1));
        assertThat(counters.issued("CO-01").used()).isEqualTo(299);
        assertThat(counters.issued("PO-01")).isEqualTo(new Counters.Issued(0, 0));
        assertThat(counters.next("PO-01")).as("each key counts on its own").isEqualTo(1);
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).isEmpty();
    }

    @Test
    void what_falls_due_is_found_by_the_minutes_asked_for_oldest_minute_first_each_once() {
        DueIndex due = new DueIndex(mongo, "checks");
        Instant nine = Instant.parse("2026-06-18T09:00:00Z");
        due.file("late", nine.plusSeconds(3 * 60 + 59));
        due.file("early", nine.plusSeconds(30));
        due.file("early", nine.plusSeconds(45));
        due.file("tomorrow", nine.plusSeconds(24 * 3600));
        due.file("moved", nine.plusSeconds(60));
        due.file("moved", nine.plusSeconds(2 * 3600));

        assertThat(due.dueBetween(nine, nine.plusSeconds(3 * 60))).containsExactly("early", "moved", "late");
        assertThat(due.dueBetween(nine.plusSeconds(61), nine.plusSeconds(2 * 60 + 30))).as("the minute of 'from' counts, a minute without entries gives none")
                .containsExactly("moved");
        assertThat(due.dueBetween(nine.plusSeconds(3600), nine.plusSeconds(30 * 3600))).containsExactly("moved", "tomorrow");
        assertThat(due.dueBetween(nine.minusSeconds(7 * 24 * 3600), nine.minusSeconds(1))).isEmpty();
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).isEmpty();
    }

    @Test
    void ids_listed_under_a_key_are_listed_once_and_their_documents_fetched_by_key() {
        KeyedIds bySubject = new KeyedIds(mongo, "alerts_by_subject");
        mongo.insert(new Document("_id", "alert-1").append("subject", "inc-7"), "alerts");
        mongo.insert(new Document("_id", "alert-2").append("subject", "inc-7"), "alerts");
        bySubject.add("inc-7", "alert-1");
        bySubject.add("inc-7", "alert-2");
        bySubject.add("inc-7", "alert-1");
        bySubject.add("inc-7", "alert-that-was-never-written");

        assertThat(bySubject.of("inc-7")).containsExactly("alert-1", "alert-2", "alert-that-was-never-written");
        assertThat(KeyedIds.byIds(mongo, bySubject.of("inc-7"), Document.class, "alerts")).extracting(d -> d.getString("_id"))
                .containsExactlyInAnyOrder("alert-1", "alert-2");
        assertThat(bySubject.of("inc-8")).isEmpty();
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).isEmpty();
    }

    @Test
    void a_list_without_bound_grows_in_small_documents_and_reads_back_in_order_each_id_once() {
        BucketedIds reportedOn = new BucketedIds(mongo, "reported_on");
        // a day listed by an earlier version, as one document holding its ids
        mongo.insert(new Document("_id", "2026-06-17").append("ids", List.of("D-old-1", "D-old-2")), "reported_on");
        for (int i = 1; i <= 1_250; i++) {
            reportedOn.add("2026-06-18", "D-" + i);
        }
        reportedOn.add("2026-06-18", "D-7");
        reportedOn.add("2026-06-17", "D-late");
        reportedOn.add("2026-06-19", "D-next");

        List<String> day = reportedOn.of("2026-06-18");
        assertThat(day).hasSize(1_250).startsWith("D-1", "D-2", "D-3").endsWith("D-1249", "D-1250");
        assertThat(day).as("a replayed id is read once").containsOnlyOnce("D-7");
        assertThat(reportedOn.of("2026-06-17")).containsExactly("D-old-1", "D-old-2", "D-late");
        assertThat(reportedOn.ofAll(List.of("2026-06-19", "2026-06-17", "2026-06-20")))
                .containsExactly("D-next", "D-old-1", "D-old-2", "D-late");
        assertThat(reportedOn.of("2026-06-20")).isEmpty();
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).isEmpty();
        // the test itself reads the whole collection to see how large its documents are
        int largest = mongo.findAll(Document.class, "reported_on").stream()
                .mapToInt(d -> d.getList("ids", String.class, List.of()).size()).max().orElseThrow();
        assertThat(largest).as("no document grows with the list").isLessThanOrEqualTo(100);
    }

    @Test
    void what_was_stored_before_a_day_list_was_kept_is_filed_by_day_once_and_periods_read_the_days_they_overlap() {
        Instant lateOnTheFirst = Instant.parse("2026-06-01T23:30:00Z");
        mongo.insert(new Document("_id", "S-1").append("startedAt", java.util.Date.from(lateOnTheFirst)), "shifts");
        mongo.insert(new Document("_id", "S-2").append("startedAt", java.util.Date.from(lateOnTheFirst.plusSeconds(3600))), "shifts");
        mongo.insert(new Document("_id", "S-3").append("note", "no start"), "shifts");
        BucketedIds startedOn = new BucketedIds(mongo, "started_on");

        assertThat(startedOn.fileStoredOnce("shifts", "startedAt", DayKeys::of)).isEqualTo(2);
        startedOn.add(DayKeys.of(lateOnTheFirst.plusSeconds(7200)), "S-4");
        assertThat(startedOn.fileStoredOnce("shifts", "startedAt", DayKeys::of)).as("done once per store").isZero();

        assertThat(startedOn.of("2026-06-01")).containsExactly("S-1");
        assertThat(startedOn.of("2026-06-02")).containsExactly("S-2", "S-4");
        // 2 June in a zone 8 hours ahead of UTC (its midnight is 16:00 UTC the day before) overlaps two UTC days
        assertThat(DayKeys.between(Instant.parse("2026-06-01T16:00:00Z"), Instant.parse("2026-06-02T16:00:00Z")))
                .containsExactly("2026-06-01", "2026-06-02");
        assertThat(DayKeys.between(Instant.parse("2026-06-02T00:00:00Z"), Instant.parse("2026-06-02T00:00:00Z"))).isEmpty();
    }

    @Test
    void writers_counting_into_the_same_day_at_once_add_each_entry_once() throws Exception {
        DayCounters days = new DayCounters(mongo, "tally_days", java.time.ZoneId.of("Asia/Shanghai"));
        Instant morning = Instant.parse("2026-06-01T01:00:00Z");
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                done.add(writers.submit(() -> IntStream.rangeClosed(1, 25).forEach(i ->
                        days.count(days.entry("HV-" + i, "made", morning, Map.of("homeVisits", 1L, "peopleVisited", (long) i))))));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
        days.count(days.entry("HV-late", "made", Instant.parse("2026-06-01T17:00:00Z"), Map.of("homeVisits", 1L)));

        assertThat(days.sum(List.of(java.time.LocalDate.parse("2026-06-01"))))
                .as("25 visits, each counted once by four writers").containsEntry("homeVisits", 25L).containsEntry("peopleVisited", 325L);
        assertThat(days.sum(List.of(java.time.LocalDate.parse("2026-06-02")))).as("01:00 on 2 June at the station")
                .containsEntry("homeVisits", 1L);
        assertThat(StoreQueries.recorded().scansOutside(mongo, Set.of())).isEmpty();
    }
}
