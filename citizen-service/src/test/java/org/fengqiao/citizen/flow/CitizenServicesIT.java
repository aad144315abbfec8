package org.fengqiao.citizen.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.citizen.CitizenServiceApplication;
import org.fengqiao.citizen.appointment.application.RemindAppointments;
import org.fengqiao.citizen.lostfound.application.LostAndFound;
import org.fengqiao.citizen.tally.application.CountWhatWasLeft;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.citizen.AntiFraudWarningIssued;
import org.fengqiao.events.citizen.AppointmentMissed;
import org.fengqiao.events.citizen.DoorToDoorVisitScheduled;
import org.fengqiao.events.citizen.HandOver;
import org.fengqiao.events.citizen.LostItemAwaitingOwner;
import org.fengqiao.events.citizen.SafetyHazardFound;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestCompleted;
import org.fengqiao.events.citizen.ServiceRequestOpened;
import org.fengqiao.kit.privacy.PersonalData;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.MutableClock;
import org.fengqiao.kit.test.StoreQueries;
import org.fengqiao.kit.test.TestClock;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The citizen services' worked cases over real HTTP, a real broker and a MongoDB-wire store, on a
 * clock the test moves: the 82-year-old found on a home visit who gets her ID card at home, the
 * library's lost items returned to their owners, online appointments with slot capacity and the
 * no-show rule, an enterprise batch, and the tallies counting all of it.
 */
@SpringBootTest(classes = {CitizenServiceApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestClock.STARTS_AT + CitizenServicesIT.START_AT, "citizen.appointments.reminder-check-interval=PT1H",
                "citizen.lost-and-found.check-interval=PT1H",
                "citizen.tallies.sweep-first-after=PT1H"})
class CitizenServicesIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 1 June 2026, 08:10 at the station (UTC+8). */
    static final String START_AT = "2026-06-01T00:10:00Z";
    static final Instant START = Instant.parse(START_AT);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "citizen-flow");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    RemindAppointments reminders;
    @Autowired
    LostAndFound lostAndFound;
    @Autowired
    CountWhatWasLeft sweep;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    /** The registration desk reads and serves any resident. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("RD-01");
    }

    /**
     * Posts as whoever the body says acts: the officer or clerk it names ({@code officerId},
     * {@code by}, {@code openedBy}), else the resident it is for ({@code citizenRef}), else the
     * registration desk. Each with their own token.
     */
    private Response post(String path, Map<String, ?> body) {
        for (String field : List.of("officerId", "by", "openedBy")) {
            if (body.get(field) instanceof String person && person.matches("[A-Z]{2}-\\d+")) {
                return ApiClient.localhost(port).by(person).post(path, body);
            }
        }
        if (body.get("citizenRef") instanceof String resident && resident.startsWith("CZ-")) {
            return ApiClient.localhost(port).by(resident).post(path, body);
        }
        return api().post(path, body);
    }

    private ConsumerRecord<String, byte[]> event(String type, String key) {
        return topics.await(Topics.CITIZEN_EVENTS, Duration.ofSeconds(20), r -> key.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type")));
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    private static void assertOk(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    @Test
    void the_82_year_old_found_on_a_home_visit_gets_her_id_card_at_home_and_her_son_hears_each_step() {
        Response visit = post("/api/v1/home-visits", Map.of("officerId", "CO-04", "gridCellId", "GC-204", "householdRef", "HH-204-0007",
                "peopleMet", 2, "visitedAt", clock.instant().minusSeconds(1800).toString(), "findings", List.of(
                        Map.of("kind", "DOOR_TO_DOOR", "description", "She is 82, cannot walk to the station and her ID card has expired.",
                                "doorToDoor", Map.of("citizenRef", "CZ-30981", "personName", "Resident of Eastbrook Village No. 7",
                                        "serviceKind", "ID_CARD", "reason", "ELDERLY", "notifyRef", "CZ-30982")),
                        Map.of("kind", "SAFETY_HAZARD", "description", "Electric bikes charged in the stairwell."),
                        Map.of("kind", "ANTI_FRAUD", "description", "A caller said he was police officer 110101199003071234 and asked"
                                + " her to move savings to a 'safe account'; call back on 138 1234 5678."))));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        String visitId = visit.json().get("id").asString();
        String requestId = visit.json().get("findings").get(0).get("workRef").asString();

        ServiceRequestOpened opened = EventJson.read(event("ServiceRequestOpened", requestId).value(), EventCatalog.SERVICE_REQUEST_OPENED);
        assertThat(opened.channel()).isEqualTo(ServiceChannel.DOOR_TO_DOOR);
        assertThat(opened.originVisitId()).isEqualTo(visitId);
        assertThat(opened.notifyRef()).isEqualTo("CZ-30982");
        assertThat(EventJson.read(event("SafetyHazardFound", visitId).value(), EventCatalog.SAFETY_HAZARD_FOUND).gridCellId()).isEqualTo("GC-204");
        AntiFraudWarningIssued warning = EventJson.read(event("AntiFraudWarningIssued", visitId).value(), EventCatalog.ANTI_FRAUD_WARNING_ISSUED);
        assertThat(warning.householdRef()).isEqualTo("HH-204-0007");
        // personal data stays home: the desk reads the warning, not the numbers (the visit keeps them)
        assertThat(warning.description()).isEqualTo("A caller said he was police officer " + PersonalData.ID_NUMBER + " and asked"
                + " her to move savings to a 'safe account'; call back on " + PersonalData.PHONE_NUMBER + ".");

        // the registration officer comes the same day with a camera
        Instant restore = clock.instant();
        try {
            fromTheVisitToTheDelivery(requestId, visitId);
        } finally {
            clock.set(restore);
        }
    }

    private void fromTheVisitToTheDelivery(String requestId, String visitId) {
        Instant thisAfternoon = local(LocalDate.of(2026, 6, 1), 15, 0);
        assertOk(post("/api/v1/service-requests/" + requestId + "/schedule", Map.of("officerId", "PO-03", "scheduledFor", thisAfternoon.toString())));
        DoorToDoorVisitScheduled scheduled = EventJson.read(event("DoorToDoorVisitScheduled", requestId).value(),
                EventCatalog.DOOR_TO_DOOR_VISIT_SCHEDULED);
        assertThat(scheduled.scheduledFor()).isEqualTo(thisAfternoon);
        assertThat(scheduled.notifyRef()).isEqualTo("CZ-30982");
        clock.set(thisAfternoon.plusSeconds(1800));
        assertProblem(post("/api/v1/service-requests/" + requestId + "/collect-at-home", Map.of("officerId", "PO-03", "idNumber", "1101")),
                400, "validation-failed", "idNumber");
        assertOk(post("/api/v1/service-requests/" + requestId + "/collect-at-home", Map.of("officerId", "PO-03", "idNumber", "110105194403120025")));
        assertOk(post("/api/v1/service-requests/" + requestId + "/submit", Map.of("by", "PO-03")));
        assertProblem(post("/api/v1/service-requests/" + requestId + "/deliver", Map.of("by", "PO-03")), 409, "rule-violated", "status");
        clock.advance(Duration.ofDays(9));
        assertOk(post("/api/v1/service-requests/" + requestId + "/ready", Map.of("by", "PO-03")));
        clock.advance(Duration.ofDays(1));
        assertOk(post("/api/v1/service-requests/" + requestId + "/deliver", Map.of("by", "PO-03")));

        ServiceRequestCompleted delivered = EventJson.read(event("ServiceRequestCompleted", requestId).value(), EventCatalog.SERVICE_REQUEST_COMPLETED);
        assertThat(delivered.handOver()).isEqualTo(HandOver.DELIVERY);
        assertThat(delivered.notifyRef()).isEqualTo("CZ-30982");
        assertThat(event("ServiceRequestReady", requestId)).isNotNull();

        JsonNode request = api().get("/api/v1/service-requests/" + requestId).json();
        assertThat(request.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(request.get("originVisitId").asString()).isEqualTo(visitId);
        assertThat(request.get("applicant").get("idNumber").asString()).as("masked").isEqualTo("1101**********0025");
        assertThat(request.get("history").valueStream().map(step -> step.get("status").asString()))
                .containsExactly("REQUESTED", "SCHEDULED", "COLLECTED", "SUBMITTED", "READY", "DELIVERED");
        List<byte[]> published = topics.readFor(Topics.CITIZEN_EVENTS, Duration.ofSeconds(1)).stream()
                .filter(r -> requestId.equals(r.key()) || visitId.equals(r.key())).map(ConsumerRecord::value).toList();
        assertThat(published).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(v -> assertThat(new String(v, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("110105194403120025"));

        String personalData = "/api/v1/service-requests/" + requestId + "/personal-data";
        assertProblem(api().get(personalData), 400, "validation-failed", "purpose");
        assertProblem(ApiClient.localhost(port).by("PO-03").get(personalData + "?purpose=curious"), 403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).by("CZ-30982").get(personalData + "?purpose=my%20mother"), 403, "forbidden", null);
        assertProblem(api().get(personalData + "?purpose=curious", "X-Officer-Id", "PO-03"), 403, "forbidden", "X-Officer-Id");
        JsonNode revealed = api().get(personalData + "?purpose=checking%20the%20delivered%20card").json();
        assertThat(revealed.get("idNumber").asString()).isEqualTo("110105194403120025");
        // the resident and her son see the request (masked); another resident does not
        assertThat(ApiClient.localhost(port).by("CZ-30982").get("/api/v1/service-requests/" + requestId).json()
                .get("applicant").get("idNumber").asString()).isEqualTo("1101**********0025");
        assertProblem(ApiClient.localhost(port).by("CZ-90001").get("/api/v1/service-requests/" + requestId), 403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).by("CZ-90001").get("/api/v1/residents/CZ-30981"), 403, "forbidden", "citizenRef");
        assertThat(ApiClient.localhost(port).by("CZ-30981").get("/api/v1/residents/CZ-30981").status()).isEqualTo(200);
        JsonNode her = api().get("/api/v1/residents/CZ-30981").json();
        assertThat(her.get("serviceRequests")).singleElement().satisfies(mine -> {
            assertThat(mine.get("id").asString()).isEqualTo(requestId);
            assertThat(mine.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(mine.get("applicant").get("idNumber").asString()).isEqualTo("1101**********0025");
        });
        JsonNode log = api().get("/api/v1/service-requests/" + requestId + "/personal-data/access-log").json();
        assertThat(log).singleElement().satisfies(access -> {
            assertThat(access.get("officerId").asString()).as("the signed-in reader").isEqualTo("RD-01");
            assertThat(access.get("purpose").asString()).isEqualTo("checking the delivered card");
        });
    }

    @Test
    void the_librarys_lost_items_reach_their_owners_and_an_unclaimed_one_is_disposed_of_after_its_keeping_time() {
        Response handed = post("/api/v1/lost-items/handovers", Map.of("handedOverBy", "Riverside Library duty desk", "servicePointId", "PR-01",
                "items", List.of(Map.of("kind", "ID_CARD", "description", "Resident ID card found in the reading room", "ownerRef", "CZ-41201"),
                        Map.of("kind", "BAG", "description", "Blue canvas bag with a student card inside", "ownerRef", "CZ-41202"),
                        Map.of("kind", "CUP", "description", "Green thermos cup"))));
        assertThat(handed.status()).as(handed.body()).isEqualTo(201);
        List<String> ids = handed.json().valueStream().map(item -> item.get("id").asString()).toList();
        String handoverId = handed.json().get(0).get("handoverId").asString();

        LostItemAwaitingOwner card = EventJson.read(event("LostItemAwaitingOwner", ids.get(0)).value(), EventCatalog.LOST_ITEM_AWAITING_OWNER);
        assertThat(card.ownerRef()).isEqualTo("CZ-41201");
        assertThat(card.servicePointName()).as("the owner is told where, by name").isEqualTo("Maple Court Community Police Room");
        assertThat(card.keptUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        assertThat(event("LostItemAwaitingOwner", ids.get(1))).isNotNull();
        // the cup's owner comes forward after a notice in the residents' group chat
        assertOk(post("/api/v1/lost-items/" + ids.get(2) + "/owner", Map.of("ownerRef", "CZ-41203")));
        assertThat(event("LostItemAwaitingOwner", ids.get(2))).isNotNull();

        assertProblem(post("/api/v1/lost-items/" + ids.get(0) + "/return", Map.of("ownerRef", "CZ-99999", "by", "PO-02")),
                409, "rule-violated", "ownerRef");
        for (String id : ids) {
            assertOk(post("/api/v1/lost-items/" + id + "/return", Map.of("by", "PO-02")));
            assertThat(event("LostItemReturned", id)).isNotNull();
        }
        assertThat(api().get("/api/v1/lost-items?handoverId=" + handoverId).json().valueStream().map(i -> i.get("status").asString()))
                .containsOnly("RETURNED").hasSize(3);
        assertThat(api().get("/api/v1/residents/CZ-41202").json().get("lostItems")).singleElement()
                .satisfies(bag -> assertThat(bag.get("status").asString()).isEqualTo("RETURNED"));

        Response umbrella = post("/api/v1/lost-items/handovers", Map.of("handedOverBy", "Riverside Library duty desk", "servicePointId", "PR-01",
                "items", List.of(Map.of("kind", "OTHER", "description", "Black umbrella"))));
        String umbrellaId = umbrella.json().get(0).get("id").asString();
        Instant restore = clock.instant();
        try {
            clock.advance(Duration.ofDays(89));
            lostAndFound.disposeUnclaimed();
            assertThat(api().get("/api/v1/lost-items/" + umbrellaId).json().get("status").asString()).isEqualTo("HELD");
            clock.advance(Duration.ofDays(2));
            lostAndFound.disposeUnclaimed();
            assertThat(api().get("/api/v1/lost-items/" + umbrellaId).json().get("status").asString()).isEqualTo("DISPOSED");
            assertThat(event("LostItemDisposed", umbrellaId)).isNotNull();
        } finally {
            clock.set(restore);
        }
    }

    @Test
    void a_slot_takes_as_many_residents_as_its_capacity_and_a_cancellation_frees_a_place() {
        LocalDate wednesday = LocalDate.of(2026, 6, 3);
        Instant nine = local(wednesday, 9, 0);
        Map<String, Object> booking = new HashMap<>(Map.of("servicePointId", "PA-02", "service", "HOUSEHOLD_REGISTRATION", "slotStart", nine.toString()));
        List<String> booked = new ArrayList<>();
        for (String resident : List.of("CZ-50001", "CZ-50002")) {
            booking.put("citizenRef", resident);
            Response ok = post("/api/v1/appointments", booking);
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
            booked.add(ok.json().get("id").asString());
        }
        assertThat(event("AppointmentBooked", booked.get(0))).isNotNull();
        booking.put("citizenRef", "CZ-50003");
        Response full = post("/api/v1/appointments", booking);
        assertProblem(full, 409, "rule-violated", "slotStart");
        assertThat(full.json().get("detail").asString()).contains("full");
        assertThat(ApiClient.localhost(port).by("OP-01").get("/actuator/prometheus").body()).containsPattern("citizen_appointments_refused_total\\{[^}]*reason=\"slot-full\"[^}]*} [1-9]");
        assertThat(freeAt("PA-02", wednesday, nine)).isZero();
        assertProblem(post("/api/v1/appointments", Map.of("citizenRef", "CZ-50004", "servicePointId", "PA-02", "service", "ID_CARD",
                "slotStart", nine.toString())), 409, "rule-violated", "slotStart");
        booking.put("citizenRef", "CZ-50001");
        assertProblem(post("/api/v1/appointments", booking), 409, "rule-violated", "slotStart");
        booking.put("citizenRef", "CZ-50003");

        assertProblem(ApiClient.localhost(port).by("CZ-50001").post("/api/v1/appointments/" + booked.get(1) + "/cancel",
                Map.of("reason", "not mine")), 403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).by("CZ-50001").get("/api/v1/appointments/" + booked.get(1)), 403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).by("CZ-50001").get("/api/v1/appointments?citizenRef=CZ-50002"), 403, "forbidden", "citizenRef");
        assertProblem(ApiClient.localhost(port).by("CZ-50001").post("/api/v1/appointments", Map.of("citizenRef", "CZ-50009",
                "servicePointId", "PA-02", "service", "ID_CARD", "slotStart", nine.plusSeconds(1800).toString())), 403, "forbidden", "citizenRef");
        assertThat(ApiClient.localhost(port).by("CZ-50001").get("/api/v1/appointments").json()).extracting(a -> a.get("id").asString())
                .containsExactly(booked.get(0));
        assertOk(ApiClient.localhost(port).by("CZ-50002").post("/api/v1/appointments/" + booked.get(1) + "/cancel",
                Map.of("reason", "Working that morning")));
        assertThat(freeAt("PA-02", wednesday, nine)).isEqualTo(1);
        assertThat(post("/api/v1/appointments", booking).status()).isEqualTo(201);

        Response ics = api().get("/api/v1/appointments/" + booked.get(0) + "/calendar.ics");
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VEVENT\r\n", "DTSTART:20260603T010000Z\r\n", "STATUS:CONFIRMED\r\n");

        assertThat(reminders.remindDue()).as("Wednesday 09:00 is more than a day ahead").isZero();
        Instant restore = clock.instant();
        try {
            clock.set(nine.minus(Duration.ofHours(23)));
            assertThat(reminders.remindDue()).isGreaterThanOrEqualTo(2);
            assertThat(event("AppointmentReminderDue", booked.get(0))).isNotNull();
            assertThat(reminders.remindDue()).as("reminded once").isZero();
            assertThat(topics.readFor(Topics.CITIZEN_EVENTS, Duration.ofSeconds(1))).as("the cancelled booking is not reminded")
                    .noneMatch(r -> booked.get(1).equals(r.key()) && "AppointmentReminderDue".equals(TopicProbe.header(r, "ce_type")));
        } finally {
            clock.set(restore);
        }
    }

    @Test
    void booking_cancelling_and_reading_appointments_touch_their_documents_by_key_only() {
        StoreQueries.recorded().reset();
        Instant eleven = local(LocalDate.of(2026, 6, 5), 11, 0);
        Response booked = post("/api/v1/appointments", Map.of("citizenRef", "CZ-52001", "servicePointId", "PA-02",
                "service", "HOUSEHOLD_REGISTRATION", "slotStart", eleven.toString()));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(ApiClient.localhost(port).by("CZ-52001").get("/api/v1/appointments").json()).hasSize(1);
        assertThat(ApiClient.localhost(port).by("CZ-52001").get("/api/v1/appointments/" + booked.json().get("id").asString()).status())
                .isEqualTo(200);
        assertOk(ApiClient.localhost(port).by("CZ-52001").post("/api/v1/appointments/" + booked.json().get("id").asString() + "/cancel",
                Map.of("reason", "Moved to another day")));
        assertThat(post("/api/v1/appointments", Map.of("citizenRef", "CZ-52001", "servicePointId", "PA-02",
                "service", "HOUSEHOLD_REGISTRATION", "slotStart", eleven.plusSeconds(1800).toString())).status()).isEqualTo(201);
        Instant restore = clock.instant();
        try {
            clock.set(eleven.minus(Duration.ofHours(23)));
            assertThat(reminders.remindDue()).isGreaterThanOrEqualTo(1);
        } finally {
            clock.set(restore);
        }

        assertThat(StoreQueries.recorded().scansOutside(mongo, NOT_BY_KEY.keySet())).as("queries no unique index serves").isEmpty();
    }

    /**
     * The queries allowed that are not by key, and why (README, "Hot paths"): bounded, and never per
     * event or request; a test may or may not see them (the outbox relay's sweep is the kit's, declared in StoreQueries).
     */
    static final Map<String, String> NOT_BY_KEY = Map.of(
            "appointments find {\"remindedAt\": \"?\", \"slotStart\": {\"$gt\": \"?\", \"$lt\": \"?\"}, \"status\": \"?\"}", "the reminder watcher's first look after a start (or after the test's clock went back)");

    @Test
    void residents_booking_the_last_places_at_once_never_overfill_the_slot() throws Exception {
        LocalDate thursday = LocalDate.of(2026, 6, 4);
        Instant ten = local(thursday, 10, 0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String resident = "CZ-5100" + i;
                attempts.add(pool.submit(() -> post("/api/v1/appointments", Map.of("citizenRef", resident, "servicePointId", "SC-03",
                        "service", "ID_CARD", "slotStart", ten.toString())).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> attempt : attempts) {
                statuses.add(attempt.get());
            }
            assertThat(statuses).as("SC-03 takes 3 residents a slot").filteredOn(status -> status == 201).hasSize(3);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        JsonNode slots = api().get("/api/v1/service-points/SC-03/slots?service=ID_CARD&date=" + thursday).json();
        assertThat(slots.valueStream().filter(slot -> Instant.parse(slot.get("start").asString()).equals(ten)).findFirst().orElseThrow()
                .get("free").asInt()).isZero();
    }

    private int freeAt(String point, LocalDate day, Instant start) {
        JsonNode slots = api().get("/api/v1/service-points/" + point + "/slots?service=HOUSEHOLD_REGISTRATION&date=" + day).json();
        return slots.valueStream().filter(s -> Instant.parse(s.get("start").asString()).equals(start)).findFirst().orElseThrow()
                .get("free").asInt();
    }

    @Test
    void bookings_that_are_not_slots_are_refused_naming_the_field() {
        Instant tomorrowNine = local(LocalDate.of(2026, 6, 2), 9, 0);
        assertProblem(post("/api/v1/appointments", Map.of("citizenRef", "CZ-1", "servicePointId", "PA-99", "service", "ID_CARD",
                "slotStart", tomorrowNine.toString())), 400, "validation-failed", "servicePointId");
        assertProblem(post("/api/v1/appointments", Map.of("citizenRef", "CZ-1", "servicePointId", "CR-01", "service", "CONSULTATION",
                "slotStart", tomorrowNine.toString())), 400, "validation-failed", "service");
        assertProblem(post("/api/v1/appointments", Map.of("citizenRef", "CZ-1", "servicePointId", "PA-01", "service", "ID_CARD",
                "slotStart", tomorrowNine.plusSeconds(600).toString())), 400, "validation-failed", "slotStart");
        assertProblem(post("/api/v1/appointments", Map.of("citizenRef", "CZ-1", "servicePointId", "PA-01", "service", "ID_CARD",
                "slotStart", local(LocalDate.of(2026, 6, 6), 9, 0).toString())), 400, "validation-failed", "slotStart");
        assertProblem(post("/api/v1/appointments", Map.of("citizenRef", "CZ-1", "servicePointId", "PA-01", "service", "ID_CARD")),
                400, "validation-failed", "slotStart");
    }

    @Test
    void two_no_shows_in_a_month_suspend_online_booking_for_a_month() {
        Instant restore = clock.instant();
        try {
            String first = book("CZ-60001", local(LocalDate.of(2026, 6, 2), 10, 0));
            String second = book("CZ-60001", local(LocalDate.of(2026, 6, 9), 10, 0));
            assertProblem(post("/api/v1/appointments/" + first + "/no-show", Map.of()), 409, "rule-violated", "status");

            clock.set(local(LocalDate.of(2026, 6, 2), 11, 0));
            JsonNode missed = post("/api/v1/appointments/" + first + "/no-show", Map.of()).json();
            assertThat(missed.get("status").asString()).isEqualTo("MISSED");
            assertThat(missed.get("bookingSuspendedUntil").isNull()).isTrue();
            String third = book("CZ-60001", local(LocalDate.of(2026, 6, 10), 10, 0));

            clock.set(local(LocalDate.of(2026, 6, 9), 11, 0));
            post("/api/v1/appointments/" + second + "/no-show", Map.of());
            AppointmentMissed suspended = EventJson.read(event("AppointmentMissed", second).value(), EventCatalog.APPOINTMENT_MISSED);
            assertThat(suspended.noShowsInWindow()).isEqualTo(2);
            assertThat(suspended.bookingSuspendedUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));

            Response refused = post("/api/v1/appointments", Map.of("citizenRef", "CZ-60001", "servicePointId", "PA-01",
                    "service", "ID_CARD", "slotStart", local(LocalDate.of(2026, 6, 12), 10, 0).toString()));
            assertProblem(refused, 409, "rule-violated", "citizenRef");
            assertThat(refused.json().get("detail").asString()).contains("suspended until " + suspended.bookingSuspendedUntil());
            assertThat(api().get("/api/v1/appointments/" + third).json().get("status").asString())
                    .as("a booking made before the suspension stands").isEqualTo("BOOKED");

            clock.set(suspended.bookingSuspendedUntil().plusSeconds(60));
            book("CZ-60001", local(LocalDate.of(2026, 7, 14), 10, 0));
        } finally {
            clock.set(restore);
        }
    }

    private String book(String citizen, Instant slot) {
        Response booked = post("/api/v1/appointments", Map.of("citizenRef", citizen, "servicePointId", "PA-01", "service", "ID_CARD",
                "slotStart", slot.toString()));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    @Test
    void an_enterprise_batch_is_checked_whole_then_tracked_person_by_person_to_delivery_and_the_tallies_count_it() {
        JsonNode before = api().get("/api/v1/tallies?from=2026-06-01&to=2026-06-30").json();
        List<Map<String, Object>> workers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            workers.add(Map.of("citizenRef", "CZ-7000" + i, "name", "Worker " + i + " of the bridge project", "idNumber", "51010219900101001" + i,
                    "phone", "1390000000" + i));
        }
        Map<String, Object> batch = new HashMap<>(Map.of("enterpriseName", "Riverside Bridge construction project", "site", "Site office",
                "gridCellId", "GC-302", "servicePointId", "SC-02", "officerId", "CO-05", "kind", "RESIDENCE_PERMIT",
                "collectedAt", clock.instant().minusSeconds(3600).toString(),
                "applicants", List.of(workers.get(0), Map.of("citizenRef", "CZ-70009", "name", "Worker 9", "idNumber", "51010219900101"), workers.get(2))));
        assertProblem(post("/api/v1/enterprise-intakes", batch), 400, "validation-failed", "applicants[1].idNumber");
        assertThat(api().get("/api/v1/service-requests?citizenRef=CZ-70001").json()).as("nothing of the refused batch is stored").isEmpty();

        batch.put("applicants", workers);
        Response recorded = post("/api/v1/enterprise-intakes", batch);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String batchId = recorded.json().get("intake").get("id").asString();
        assertThat(recorded.json().get("requests").valueStream().map(r -> r.get("applicant").get("phone").asString()))
                .containsExactly("139****0001", "139****0002", "139****0003");
        for (String step : List.of("SUBMIT", "READY", "DELIVER")) {
            assertOk(post("/api/v1/enterprise-intakes/" + batchId + "/advance", Map.of("step", step, "by", "CO-05")));
        }
        JsonNode progress = api().get("/api/v1/enterprise-intakes/" + batchId).json();
        assertThat(progress.get("requests").valueStream().map(r -> r.get("status").asString())).containsExactly("DELIVERED", "DELIVERED", "DELIVERED");
        Predicate<ConsumerRecord<String, byte[]>> readyOfBatch = r -> "ServiceRequestReady".equals(TopicProbe.header(r, "ce_type"))
                && progress.get("intake").get("requestIds").valueStream().anyMatch(id -> id.asString().equals(r.key()));
        topics.await(Topics.CITIZEN_EVENTS, Duration.ofSeconds(20), readyOfBatch);

        assertThat(post("/api/v1/outreach-activities", Map.of("kind", "ANTI_FRAUD_TRAINING", "title", "Anti-fraud talk for site workers",
                "place", "Riverside Bridge site canteen", "gridCellId", "GC-302", "heldAt", clock.instant().minusSeconds(600).toString(),
                "attendance", 64, "officerId", "CO-05")).status()).isEqualTo(201);
        assertThat(post("/api/v1/lost-persons", Map.of("foundAt", clock.instant().minusSeconds(900).toString(), "place", "Harbour Square bus stop",
                "description", "Elderly man who could not say where he lived", "outcome", "REUNITED_WITH_FAMILY", "officerId", "PO-05")).status())
                .isEqualTo(201);
        assertProblem(post("/api/v1/outreach-activities", Map.of("kind", "OPEN_DAY", "title", "Open day", "place", "Station",
                "heldAt", clock.instant().plusSeconds(86_400).toString(), "attendance", 10, "officerId", "CO-05")), 400, "validation-failed", "heldAt");

        JsonNode after = api().get("/api/v1/tallies?from=2026-06-01&to=2026-06-30").json();
        assertThat(after.get("enterpriseServices").asLong()).isEqualTo(before.get("enterpriseServices").asLong() + 1);
        assertThat(after.get("enterpriseApplications").asLong()).isEqualTo(before.get("enterpriseApplications").asLong() + 3);
        assertThat(after.get("lostPersonsHelped").asLong()).isEqualTo(before.get("lostPersonsHelped").asLong() + 1);
        assertThat(after.get("activities").get("ANTI_FRAUD_TRAINING").get("held").asLong())
                .isEqualTo(before.get("activities").get("ANTI_FRAUD_TRAINING").get("held").asLong() + 1);
        assertThat(after.get("activities").get("ANTI_FRAUD_TRAINING").get("attendance").asLong())
                .isEqualTo(before.get("activities").get("ANTI_FRAUD_TRAINING").get("attendance").asLong() + 64);
        assertThat(after.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertProblem(api().get("/api/v1/tallies?from=2026-06-30&to=2026-06-01"), 400, "validation-failed", "to");
    }

    @Test
    void a_home_visit_is_counted_into_its_day_once_though_its_counting_is_interrupted_or_repeated() {
        String day = "/api/v1/tallies?from=2026-05-25&to=2026-05-25";
        JsonNode before = api().get(day).json();
        Response visit = post("/api/v1/home-visits", Map.of("officerId", "CO-02", "gridCellId", "GC-102", "householdRef", "HH-102-0042",
                "peopleMet", 3, "visitedAt", local(LocalDate.of(2026, 5, 25), 10, 0).toString(), "findings", List.of()));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat(visits(day) - visits(before)).as("counted when written").isEqualTo(1);
        assertThat(api().get(day).json().get("peopleVisited").asLong() - before.get("peopleVisited").asLong()).isEqualTo(3);

        // the service stopped after writing the visit and before marking it counted: the sweep counts it again, adding nothing
        String id = visit.json().get("id").asString();
        mongo.updateFirst(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().unset(org.fengqiao.kit.persistence.CountedRecords.COUNTED), "home_visits");
        sweep.sweep();
        assertThat(visits(day) - visits(before)).isEqualTo(1);
        assertThat(mongo.findById(id, org.bson.Document.class, "home_visits").getBoolean(org.fengqiao.kit.persistence.CountedRecords.COUNTED)).isTrue();

        // a visit written but never counted (the service stopped before counting, or it was stored before tallies were kept by day)
        org.bson.Document uncounted = mongo.findById(id, org.bson.Document.class, "home_visits");
        uncounted.put("_id", java.util.UUID.randomUUID().toString());
        uncounted.remove(org.fengqiao.kit.persistence.CountedRecords.COUNTED);
        uncounted.put("pendingEvents", List.of());
        mongo.insert(uncounted, "home_visits");
        assertThat(visits(day) - visits(before)).as("not yet counted").isEqualTo(1);
        sweep.sweep();
        sweep.sweep();
        JsonNode after = api().get(day).json();
        assertThat(visits(after) - visits(before)).as("counted by the sweep, once").isEqualTo(2);
        assertThat(after.get("peopleVisited").asLong() - before.get("peopleVisited").asLong()).isEqualTo(6);
        assertThat(visits("/api/v1/tallies?from=2026-05-24&to=2026-05-24") + visits("/api/v1/tallies?from=2026-05-26&to=2026-05-26"))
                .as("the days around it").isEqualTo(visits("/api/v1/tallies?from=2026-05-24&to=2026-05-26") - visits(after));
    }

    private long visits(String tallyPath) {
        return visits(api().get(tallyPath).json());
    }

    private static long visits(JsonNode tally) {
        return tally.get("homeVisits").asLong();
    }

    @Test
    void recording_what_the_tallies_count_and_reading_a_years_tallies_touch_documents_by_key_only() {
        String yearPath = "/api/v1/tallies?from=2025-06-02&to=2026-06-01";
        JsonNode before = api().get(yearPath).json();
        StoreQueries.recorded().reset();
        Instant earlier = clock.instant().minusSeconds(7200);
        assertThat(post("/api/v1/home-visits", Map.of("officerId", "CO-03", "gridCellId", "GC-103", "householdRef", "HH-103-0100",
                "peopleMet", 2, "visitedAt", earlier.toString(), "findings", List.of())).status()).isEqualTo(201);
        assertThat(post("/api/v1/outreach-activities", Map.of("kind", "SAFETY_TOUR", "title", "Evening safety tour", "place", "Old market",
                "gridCellId", "GC-103", "heldAt", earlier.toString(), "attendance", 12, "officerId", "CO-03")).status()).isEqualTo(201);
        assertThat(post("/api/v1/lost-persons", Map.of("foundAt", earlier.toString(), "place", "Old market gate",
                "description", "Child separated from her parents", "outcome", "REUNITED_WITH_FAMILY", "officerId", "PO-05")).status())
                .isEqualTo(201);
        JsonNode year = api().get(yearPath).json();
        assertThat(year.get("homeVisits").asLong()).isEqualTo(before.get("homeVisits").asLong() + 1);
        assertThat(year.get("peopleVisited").asLong()).isEqualTo(before.get("peopleVisited").asLong() + 2);
        assertThat(year.get("lostPersonsHelped").asLong()).isEqualTo(before.get("lostPersonsHelped").asLong() + 1);
        assertThat(year.get("activities").get("SAFETY_TOUR").get("attendance").asLong())
                .isEqualTo(before.get("activities").get("SAFETY_TOUR").get("attendance").asLong() + 12);

        assertThat(StoreQueries.recorded().scansOutside(mongo, NOT_BY_KEY.keySet())).as("queries no unique index serves").isEmpty();
    }

    @Test
    void the_station_opens_its_service_points_at_the_published_counts() {
        Map<String, Integer> expected = Map.of("POLICE_ROOM", 3, "CAMPUS_POLICE_ROOM", 21, "CHAT_POLICE_ROOM", 12, "SELF_SERVICE_POINT", 3,
                "PRE_ACCEPTANCE_POINT", 4, "SERVICE_CENTRE", 4);
        expected.forEach((type, count) -> assertThat(api().get("/api/v1/service-points?type=" + type).json().get("totalItems").asInt())
                .as(type).isEqualTo(count));
        JsonNode selfService = api().get("/api/v1/service-points/SS-01").json();
        assertThat(selfService.get("roundTheClock").asBoolean()).isTrue();
        JsonNode preAcceptance = api().get("/api/v1/service-points/PA-01").json();
        assertThat(preAcceptance.get("openingHours").get(0).get("opens").asString()).startsWith("08:30");
        assertThat(preAcceptance.get("services").valueStream().map(JsonNode::asString)).contains("HOUSEHOLD_REGISTRATION");
    }
}
