package org.fengqiao.notification.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.fengqiao.notification.templates.model.Template;
import org.fengqiao.notification.templates.model.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The routing rules and templates the service starts with, applied to the published contract's
 * golden event of each type: who hears of it, at which urgency, and that every template renders in
 * both languages without a missing variable.
 */
class SeededRulesTest {

    private static final List<RoutingRule> RULES = rules();
    private static final Map<String, Map<String, Map<String, String>>> TEMPLATES =
            seed("templates.json", new TypeReference<Map<String, Map<String, Map<String, String>>>>() { });
    private final ResolveRecipients resolve = new ResolveRecipients(new SeededRosters(), GridDirectory.seeded());

    /** Each published event type that notifies someone, and who hears of its golden example. */
    static Stream<Arguments> whoHearsWhat() {
        return Stream.of(
                Arguments.of("DisputeReported", "ROUTINE", List.of("CO-01")),
                Arguments.of("DisputeAssigned", "ROUTINE", List.of("PM-03")),
                Arguments.of("DisputeEscalated", "ROUTINE", List.of("mediation-team-desk")),
                Arguments.of("DisputeRiskRaised", "URGENT", List.of("CO-02", "PO-01")),
                Arguments.of("DisputeRiskLowered", "ROUTINE", List.of("CO-02", "PO-01")),
                Arguments.of("DisputeDeadlineApproaching", "ROUTINE", List.of("PM-03")),
                Arguments.of("DisputeDeadlinePassed", "ROUTINE", List.of("PM-03", "station-duty-desk")),
                Arguments.of("JointMediationInvited", "ROUTINE", List.of("DEPT-LABOUR-INSPECTION")),
                Arguments.of("JointMediationReminded", "ROUTINE", List.of("DEPT-TOWN-GOV")),
                Arguments.of("JointMediationUnanswered", "URGENT", List.of("station-duty-desk", "CO-02")),
                Arguments.of("DisputeResolved", "ROUTINE", List.of("CO-02")),
                Arguments.of("IncidentReported", "URGENT", List.of("PO-01", "PT-03", "PT-08", "CO-02")),
                Arguments.of("IncidentTaskAssigned", "URGENT", List.of("PT-03")),
                Arguments.of("OrderMaintenanceDutyAssigned", "URGENT", List.of("PT-05", "CO-02")),
                Arguments.of("OrderMaintenanceDutyLifted", "ROUTINE", List.of("PT-05")),
                Arguments.of("ShiftMissed", "ROUTINE", List.of("PT-05")),
                Arguments.of("TeamAssessedBelowThreshold", "ROUTINE", List.of("PT-31", "station-duty-desk")),
                Arguments.of("AppointmentBooked", "ROUTINE", List.of("CZ-20417")),
                Arguments.of("AppointmentCancelled", "ROUTINE", List.of("CZ-20417")),
                Arguments.of("AppointmentReminderDue", "ROUTINE", List.of("CZ-20417")),
                Arguments.of("AppointmentMissed", "ROUTINE", List.of("CZ-20417")),
                Arguments.of("ServiceRequestOpened", "ROUTINE", List.of("registration-desk")),
                Arguments.of("DoorToDoorVisitScheduled", "ROUTINE", List.of("CZ-30982", "PO-03")),
                Arguments.of("ServiceRequestReady", "ROUTINE", List.of("CZ-30982")),
                Arguments.of("ServiceRequestCompleted", "ROUTINE", List.of("CZ-30982")),
                Arguments.of("SafetyHazardFound", "ROUTINE", List.of("station-duty-desk")),
                Arguments.of("AntiFraudWarningIssued", "ROUTINE", List.of("anti-fraud-desk")),
                Arguments.of("LostItemAwaitingOwner", "ROUTINE", List.of("CZ-41207")));
    }

    @ParameterizedTest(name = "{0} notifies {2} ({1})")
    @MethodSource("whoHearsWhat")
    void a_published_event_reaches_the_people_it_concerns(String eventType, String urgency, List<String> recipients) {
        Payload golden = golden(eventType);
        List<RoutingRule> matching = RULES.stream().filter(rule -> rule.matches(eventType, golden)).toList();

        assertThat(matching).as("rules for the golden %s", eventType).hasSize(1);
        assertThat(matching.get(0).urgency().name()).isEqualTo(urgency);
        assertThat(resolve.recipientsOf(matching.get(0), golden)).containsExactlyElementsOf(recipients);
    }

    @Test
    void event_types_that_concern_no_one_have_no_rule() {
        Set<String> silent = Set.of("DisputeTriaged", "MediationSessionRecorded", "DisputeClosed", "DisputeReopened", "DisputeAwaitingParty",
                "DisputeResumed", "JointMediationAcknowledged", "PatrolTeamRegistered", "IncidentHandedOverAsDispute",
                "IncidentAcknowledged", "IncidentTaskReported", "IncidentClosed", "CheckInFlagged", "ShiftEndedWithMissedCheckpoints",
                "ServicePointRegistered", "HomeVisitFindingHandedOverAsDispute", "LostItemReturned", "LostItemDisposed", "NotificationSent", "NotificationDelivered",
                "NotificationFailed", "NotificationAcknowledged");
        List<String> covered = whoHearsWhat().map(a -> (String) a.get()[0]).toList();

        assertThat(EventCatalog.ALL.stream().map(EventType::name))
                .as("every published type is either routed above or knowingly silent").allMatch(type -> covered.contains(type) || silent.contains(type));
        assertThat(RULES).noneMatch(rule -> silent.contains(rule.eventType()));
    }

    @Test
    void every_rule_has_a_template_in_both_languages_that_its_golden_event_fills_completely() {
        List<String> problems = new ArrayList<>();
        for (RoutingRule rule : RULES) {
            for (String language : List.of("zh-CN", "en")) {
                Map<String, String> text = Optional.ofNullable(TEMPLATES.get(rule.eventType())).map(t -> t.get(language)).orElse(null);
                if (text == null) {
                    problems.add(rule.eventType() + " has no " + language + " template");
                    continue;
                }
                TemplateRenderer.Rendered rendered = TemplateRenderer.render(new Template(rule.eventType(), language, text.get("title"),
                        text.get("body")), golden(rule.eventType()), Map.of("gridCellName", "Riverside building sites", "recipientName", "X",
                        "urgency", rule.urgency().name()));
                if (!rendered.missing().isEmpty()) {
                    problems.add(rule.eventType() + " " + language + " misses " + rendered.missing());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Payload golden(String eventType) {
        Map<String, Object> json = read("/golden/" + eventType + ".v1.json", new TypeReference<>() { });
        return new Payload(json);
    }

    @SuppressWarnings("unchecked")
    private static List<RoutingRule> rules() {
        JsonNode seed = seed("routing-rules.json", new TypeReference<JsonNode>() { });
        return EventJson.mapper().convertValue(seed.get("rules"), new TypeReference<List<RoutingRule>>() { });
    }

    private static <T> T seed(String name, TypeReference<T> type) {
        return read("/org/fengqiao/notification/seed/" + name, type);
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = SeededRulesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EventJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seeded duty rosters, in memory. */
    private static final class SeededRosters implements Recipients {

        private final Map<String, DutyRoster> rosters = new HashMap<>();

        SeededRosters() {
            JsonNode seed = seed("recipients.json", new TypeReference<JsonNode>() { });
            EventJson.mapper().convertValue(seed.get("dutyRosters"), new TypeReference<List<DutyRoster>>() { })
                    .forEach(roster -> rosters.put(roster.id(), roster));
        }

        @Override
        public Optional<Recipient> find(String id) {
            return Optional.empty();
        }

        @Override
        public Recipient save(Recipient recipient) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Recipient> all() {
            return List.of();
        }

        @Override
        public Optional<DutyRoster> roster(String id) {
            return Optional.ofNullable(rosters.get(id));
        }

        @Override
        public DutyRoster save(DutyRoster roster) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DutyRoster> rosters() {
            return List.copyOf(rosters.values());
        }
    }
}
