package org.fengqiao.citizen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.fengqiao.citizen.CitizenServiceApplication;
import org.fengqiao.citizen.appointment.application.FinishAppointmentChanges;
import org.fengqiao.citizen.visit.application.LogHomeVisit;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.MutableClock;
import org.fengqiao.kit.test.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A booking and a cancellation each write three documents (the resident's hold, a place in the
 * slot, the appointment); a home visit with a door-to-door finding writes the visit and the
 * request; an enterprise batch each person's request and then the batch; a lost-item handover
 * each item. Here the process "dies" between them: at each named crash point the
 * operation stops as it would under {@code kill -9} (a {@link CrashPoints.SimulatedCrash}, which
 * no compensation catches). What a resident then sees, before and after the sweeper has finished
 * what was interrupted, over real HTTP and the real embedded store.
 */
@SpringBootTest(classes = {CitizenServiceApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestClock.STARTS_AT + "2026-06-01T00:10:00Z", "citizen.appointments.unfinished-check-interval=PT1H", "citizen.home-visits.unfinished-check-interval=PT1H", "citizen.enterprise-intakes.unfinished-check-interval=PT1H", "citizen.lost-and-found.unfinished-check-interval=PT1H",
                "citizen.appointments.reminder-check-interval=PT1H", "citizen.lost-and-found.check-interval=PT1H",
                "citizen.tallies.sweep-first-after=PT1H"})
class CrashRecoveryIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** PA-02 takes two residents per slot for household registration. */
    private static final int CAPACITY = 2;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "citizen-crash");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    CrashPoints crashPoints;
    @Autowired
    FinishAppointmentChanges finisher;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LogHomeVisit homeVisits;
    @Autowired
    org.fengqiao.citizen.request.application.RecordEnterpriseIntake enterpriseIntakes;
    @Autowired
    org.fengqiao.citizen.lostfound.application.LostAndFound lostAndFound;

    private static int day = 8;

    /** What a failed test left under way is not the next test's: each ends with nothing recorded. */
    @org.junit.jupiter.api.AfterEach
    void forgetWhatWasLeftUnderWay() {
        mongo.getCollection("operations_under_way").deleteMany(new org.bson.Document());
    }

    @ParameterizedTest(name = "crash at {0}")
    @ValueSource(strings = {"booking.recorded", "booking.held", "booking.place-taken"})
    void a_booking_interrupted_before_its_appointment_was_stored_is_undone_and_the_resident_books_again(String point) {
        Instant slot = nextSlot();
        String resident = "CZ-5300" + point.length();
        crashPoints.arm(point);
        assertThat(book(resident, slot).status()).as("the request dies with its process").isGreaterThanOrEqualTo(500);
        if (point.equals("booking.place-taken")) {
            assertThat(free(slot)).as("before the sweep: the place is held by a booking that does not exist").isEqualTo(CAPACITY - 1);
        }
        if (!point.equals("booking.recorded")) {
            assertThat(book(resident, slot).status()).as("before the sweep: the resident's hold is still there").isEqualTo(409);
        }

        finishAfterAMinute();

        assertThat(free(slot)).as("every place free again").isEqualTo(CAPACITY);
        assertThat(appointmentsOf(resident)).as("no appointment from the interrupted booking").isEmpty();
        Response again = book(resident, slot);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(free(slot)).isEqualTo(CAPACITY - 1);
        assertThat(appointmentsOf(resident)).hasSize(1);
        assertThat(unfinished()).isZero();
    }

    @org.junit.jupiter.api.Test
    void a_booking_interrupted_after_its_appointment_was_stored_is_kept_with_its_one_place() {
        Instant slot = nextSlot();
        crashPoints.arm("booking.saved");
        assertThat(book("CZ-53101", slot).status()).isGreaterThanOrEqualTo(500);

        finishAfterAMinute();

        assertThat(appointmentsOf("CZ-53101")).as("the resident sees the appointment that was stored")
                .singleElement().satisfies(a -> assertThat(a.get("status").asString()).isEqualTo("BOOKED"));
        assertThat(free(slot)).as("one place, taken once").isEqualTo(CAPACITY - 1);
        assertThat(book("CZ-53101", slot).status()).as("still held by that appointment").isEqualTo(409);
        assertThat(unfinished()).isZero();
    }

    @ParameterizedTest(name = "crash at {0}")
    @ValueSource(strings = {"cancellation.saved", "cancellation.place-released"})
    void a_cancellation_interrupted_after_it_was_stored_gives_the_place_and_the_hold_back(String point) {
        Instant slot = nextSlot();
        String resident = "CZ-5320" + point.length();
        String id = book(resident, slot).json().get("id").asString();
        assertThat(free(slot)).isEqualTo(CAPACITY - 1);
        crashPoints.arm(point);
        assertThat(ApiClient.localhost(port).by(resident).post("/api/v1/appointments/" + id + "/cancel", Map.of("reason", "Moved away"))
                .status()).isGreaterThanOrEqualTo(500);
        assertThat(appointmentsOf(resident)).singleElement().satisfies(a -> assertThat(a.get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(book(resident, slot).status()).as("before the sweep: the cancelled booking's hold is still there").isEqualTo(409);

        finishAfterAMinute();
        finishAfterAMinute();

        assertThat(free(slot)).as("the place given back once").isEqualTo(CAPACITY);
        assertThat(book(resident, slot).status()).as("the resident may book the slot again").isEqualTo(201);
        assertThat(free(slot)).isEqualTo(CAPACITY - 1);
        assertThat(unfinished()).isZero();
    }

    @org.junit.jupiter.api.Test
    void bookings_and_cancellations_that_were_not_interrupted_leave_nothing_to_finish() {
        Instant slot = nextSlot();
        String id = book("CZ-53301", slot).json().get("id").asString();
        assertThat(ApiClient.localhost(port).by("CZ-53301").post("/api/v1/appointments/" + id + "/cancel", Map.of("reason", "Sorted online"))
                .status()).isEqualTo(200);
        assertThat(book("CZ-53302", slot).status()).isEqualTo(201);
        assertThat(book("CZ-53303", slot).status()).isEqualTo(201);
        assertThat(book("CZ-53304", slot).status()).as("full").isEqualTo(409);

        assertThat(unfinished()).isZero();
        assertThat(finisher.finishInterrupted()).isZero();
        assertThat(free(slot)).isZero();
    }

    @org.junit.jupiter.api.Test
    void a_home_visit_interrupted_after_it_was_stored_gets_the_door_to_door_request_it_names() {
        ApiClient officer = ApiClient.localhost(port).by("CO-04");
        crashPoints.arm("home-visit.saved");
        Response logged = officer.post("/api/v1/home-visits", Map.of("officerId", "CO-04", "gridCellId", "GC-204",
                "householdRef", "HH-204-0101", "peopleMet", 1, "visitedAt", clock.instant().minusSeconds(600).toString(),
                "findings", java.util.List.of(Map.of("kind", "DOOR_TO_DOOR", "description", "She cannot walk to the station; her ID card has expired.",
                        "doorToDoor", Map.of("citizenRef", "CZ-30991", "personName", "Resident of Eastbrook Village No. 9",
                                "serviceKind", "ID_CARD", "reason", "ELDERLY")))));
        assertThat(logged.status()).as("the request dies with its process").isGreaterThanOrEqualTo(500);
        JsonNode visit = officer.get("/api/v1/home-visits?officerId=CO-04").json().valueStream()
                .filter(v -> "HH-204-0101".equals(v.get("householdRef").asString())).findFirst().orElseThrow();
        String requestId = visit.get("findings").get(0).get("workRef").asString();
        assertThat(officer.get("/api/v1/service-requests/" + requestId).status()).as("before the sweep: the visit names work that does not exist")
                .isEqualTo(404);

        clock.advance(Duration.ofSeconds(61));
        assertThat(homeVisits.finishInterrupted()).isEqualTo(1);

        JsonNode request = officer.get("/api/v1/service-requests/" + requestId).json();
        assertThat(request.get("channel").asString()).isEqualTo("DOOR_TO_DOOR");
        assertThat(request.get("originVisitId").asString()).isEqualTo(visit.get("id").asString());
        assertThat(unfinished()).isZero();
        assertThat(homeVisits.finishInterrupted()).as("nothing left to finish").isZero();
    }

    @org.junit.jupiter.api.Test
    void an_enterprise_batch_interrupted_after_its_requests_were_stored_gets_its_batch_record_listing_them() {
        ApiClient officer = ApiClient.localhost(port).by("CO-05");
        java.util.List<Map<String, Object>> workers = java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> Map.<String, Object>of(
                "citizenRef", "CZ-7100" + i, "name", "Worker " + i + " of the tunnel project", "idNumber", "51010219900101002" + i,
                "phone", "1390000010" + i)).toList();
        crashPoints.arm("enterprise-intake.requests-saved");
        Response recorded = officer.post("/api/v1/enterprise-intakes", Map.of("enterpriseName", "Eastbrook Tunnel project", "site", "Site office",
                "gridCellId", "GC-302", "servicePointId", "SC-02", "officerId", "CO-05", "kind", "RESIDENCE_PERMIT",
                "collectedAt", clock.instant().minusSeconds(3600).toString(), "applicants", workers));
        assertThat(recorded.status()).as("the request dies with its process").isGreaterThanOrEqualTo(500);
        String batchId = mongo.getCollection("operations_under_way").find(new org.bson.Document("kind", "enterprise-batch")).first().getString("id");
        assertThat(officer.get("/api/v1/enterprise-intakes/" + batchId).status()).as("before the sweep: three requests, no batch").isEqualTo(404);
        assertThat(officer.get("/api/v1/service-requests?citizenRef=CZ-71001").json()).hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(enterpriseIntakes.finishInterrupted()).isEqualTo(1);

        JsonNode batch = officer.get("/api/v1/enterprise-intakes/" + batchId).json();
        assertThat(batch.get("intake").get("enterpriseName").asString()).isEqualTo("Eastbrook Tunnel project");
        assertThat(batch.get("requests").valueStream().map(r -> r.get("applicant").get("phone").asString()))
                .containsExactlyInAnyOrder("139****0101", "139****0102", "139****0103");
        assertThat(unfinished()).isZero();
    }

    @org.junit.jupiter.api.Test
    void a_handover_interrupted_after_its_first_item_gets_the_other_items_it_recorded() {
        ApiClient desk = ApiClient.localhost(port).by("RD-01");
        crashPoints.arm("handover.item-saved");
        Response handed = desk.post("/api/v1/lost-items/handovers", Map.of("handedOverBy", "Eastbrook Library duty desk", "servicePointId", "PR-01",
                "items", java.util.List.of(Map.of("kind", "ID_CARD", "description", "ID card found by the east windows", "ownerRef", "CZ-41301"),
                        Map.of("kind", "BAG", "description", "Grey rucksack with a lunch box"),
                        Map.of("kind", "CUP", "description", "Red thermos cup"))));
        assertThat(handed.status()).as("the request dies with its process").isGreaterThanOrEqualTo(500);
        String handoverId = mongo.getCollection("operations_under_way").find(new org.bson.Document("kind", "lost-item-handover")).first()
                .getString("id");
        assertThat(desk.get("/api/v1/lost-items?handoverId=" + handoverId).json()).as("before the sweep: one item of three").hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(lostAndFound.finishInterrupted()).isEqualTo(1);

        java.util.List<JsonNode> received = desk.get("/api/v1/lost-items?handoverId=" + handoverId).json().valueStream().toList();
        assertThat(received).extracting(i -> i.get("description").asString())
                .containsExactlyInAnyOrder("ID card found by the east windows", "Grey rucksack with a lunch box", "Red thermos cup");
        assertThat(received).filteredOn(i -> "ID_CARD".equals(i.get("kind").asString())).singleElement()
                .satisfies(i -> assertThat(i.get("status").asString()).isEqualTo("OWNER_NOTIFIED"));
        assertThat(unfinished()).isZero();
    }

    @org.junit.jupiter.api.Test
    void a_home_visit_retried_with_its_idempotency_key_after_the_crash_waits_for_the_sweeper_and_is_not_logged_twice() {
        ApiClient officer = ApiClient.localhost(port).by("CO-04");
        String key = "visit-" + java.util.UUID.randomUUID();
        Map<String, Object> visit = Map.of("officerId", "CO-04", "gridCellId", "GC-204", "householdRef", "HH-204-0202", "peopleMet", 2,
                "visitedAt", clock.instant().minusSeconds(600).toString(),
                "findings", java.util.List.of(Map.of("kind", "DOOR_TO_DOOR", "description", "He is bedridden; his residence permit runs out.",
                        "doorToDoor", Map.of("citizenRef", "CZ-30992", "personName", "Resident of Eastbrook Village No. 11",
                                "serviceKind", "RESIDENCE_PERMIT", "reason", "DISABLED"))));
        crashPoints.arm("home-visit.saved");
        assertThat(officer.post("/api/v1/home-visits", visit, "Idempotency-Key", key).status()).as("the request dies with its process")
                .isGreaterThanOrEqualTo(500);

        clock.advance(Duration.ofSeconds(61));
        Response waiting = officer.post("/api/v1/home-visits", visit, "Idempotency-Key", key);
        assertThat(waiting.status()).as("past the minute after which a key is given up: the operation is still to be finished")
                .isEqualTo(409);
        assertThat(waiting.header("Retry-After")).isEqualTo("30");
        assertThat(visitsOf(officer, "HH-204-0202")).as("not logged a second time").hasSize(1);

        assertThat(homeVisits.finishInterrupted()).isEqualTo(1);

        Response retried = officer.post("/api/v1/home-visits", visit, "Idempotency-Key", key);
        String visitId = visitsOf(officer, "HH-204-0202").get(0).get("id").asString();
        assertThat(retried.status()).as(retried.body()).isEqualTo(303);
        assertThat(retried.header("Location")).isEqualTo("/api/v1/home-visits/" + visitId);
        assertThat(retried.json().get("location").asString()).isEqualTo("/api/v1/home-visits/" + visitId);
        assertThat(visitsOf(officer, "HH-204-0202")).as("one visit, one handover of its findings").hasSize(1);
        String requestId = visitsOf(officer, "HH-204-0202").get(0).get("findings").get(0).get("workRef").asString();
        assertThat(officer.get("/api/v1/service-requests/" + requestId).status()).isEqualTo(200);
        assertThat(officer.post("/api/v1/home-visits", visit, "Idempotency-Key", key).status()).as("and so on every later retry").isEqualTo(303);
    }

    @org.junit.jupiter.api.Test
    void a_booking_the_sweeper_undid_is_made_afresh_by_the_retry_with_its_idempotency_key() {
        Instant slot = nextSlot();
        ApiClient resident = ApiClient.localhost(port).by("CZ-53401");
        Map<String, Object> booking = Map.of("citizenRef", "CZ-53401", "servicePointId", "PA-02", "service", "HOUSEHOLD_REGISTRATION",
                "slotStart", slot.toString());
        String key = "booking-" + java.util.UUID.randomUUID();
        crashPoints.arm("booking.place-taken");
        assertThat(resident.post("/api/v1/appointments", booking, "Idempotency-Key", key).status()).isGreaterThanOrEqualTo(500);
        clock.advance(Duration.ofSeconds(61));
        assertThat(resident.post("/api/v1/appointments", booking, "Idempotency-Key", key).status()).as("waits for the sweeper").isEqualTo(409);

        finisher.finishInterrupted();

        Response again = resident.post("/api/v1/appointments", booking, "Idempotency-Key", key);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(appointmentsOf("CZ-53401")).hasSize(1);
        assertThat(free(slot)).isEqualTo(CAPACITY - 1);
        assertThat(unfinished()).isZero();
    }

    private java.util.List<JsonNode> visitsOf(ApiClient officer, String householdRef) {
        return officer.get("/api/v1/home-visits?officerId=CO-04").json().valueStream()
                .filter(v -> householdRef.equals(v.get("householdRef").asString())).toList();
    }

    /** The sweeper's pass once what was interrupted is older than any request takes. */
    private void finishAfterAMinute() {
        clock.advance(Duration.ofSeconds(61));
        finisher.finishInterrupted();
    }

    /** A fresh slot for each test: 09:00 on the next working day, a week or more ahead of the clock. */
    private Instant nextSlot() {
        LocalDate date = LocalDate.ofInstant(clock.instant(), ZONE).plusDays(day++ % 7 + 1);
        while (date.getDayOfWeek().getValue() > 5) {
            date = date.plusDays(1);
        }
        Instant nine = date.atTime(9, 0).atZone(ZONE).toInstant();
        for (int half = 0; half < 12; half++) {
            Instant start = nine.plus(Duration.ofMinutes(30L * half));
            if (free(start) == CAPACITY) {
                return start;
            }
        }
        throw new IllegalStateException("no free slot on " + date);
    }

    private Response book(String resident, Instant slot) {
        return ApiClient.localhost(port).by(resident).post("/api/v1/appointments", Map.of("citizenRef", resident, "servicePointId", "PA-02",
                "service", "HOUSEHOLD_REGISTRATION", "slotStart", slot.toString()));
    }

    private int free(Instant slot) {
        LocalDate date = LocalDate.ofInstant(slot, ZONE);
        JsonNode slots = ApiClient.localhost(port).by("RD-01")
                .get("/api/v1/service-points/PA-02/slots?service=HOUSEHOLD_REGISTRATION&date=" + date).json();
        return slots.valueStream().filter(s -> Instant.parse(s.get("start").asString()).equals(slot)).findFirst().orElseThrow()
                .get("free").asInt();
    }

    private java.util.List<JsonNode> appointmentsOf(String resident) {
        return ApiClient.localhost(port).by(resident).get("/api/v1/appointments").json().valueStream().toList();
    }

    private long unfinished() {
        return mongo.getCollection("operations_under_way").countDocuments();
    }
}
