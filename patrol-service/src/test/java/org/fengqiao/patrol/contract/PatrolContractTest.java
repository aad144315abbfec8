package org.fengqiao.patrol.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.patrol.CheckInFlag;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentOutcome;
import org.fengqiao.events.patrol.PatrolEvent;
import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.events.patrol.TeamAssessedBelowThreshold;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.patrol.assessment.model.BelowThreshold;
import org.fengqiao.patrol.assessment.model.TeamAssessment;
import org.fengqiao.patrol.duty.model.DutyChanged;
import org.fengqiao.patrol.incident.model.IncidentChanged;
import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
import org.fengqiao.patrol.shift.model.ShiftChanged;
import org.fengqiao.patrol.team.model.TeamChanged;
import org.junit.jupiter.api.Test;

/** patrol-service's published language: what each of its features' events is published as. */
class PatrolContractTest {

    private static final TeamAssessment MARCH = new TeamAssessment("t-1", YearMonth.of(2026, 3), 31, 20, 20.0 / 31, 62, 40, 0.62,
            Map.of(), 2, 11, 3, 1, 1, true);

    /** One event of every kind, the n-th happening n hours after the first. */
    private static final List<DomainEvent> ONE_OF_EACH = List.of(
            new IncidentChanged.IncidentReported("inc-1", "t-1", "GB-101", "GC-103", IncidentCategory.THEFT, true, "bike shed",
                    "two bikes gone", List.of("media/1.jpg"), List.of("t-2"), "PV-0001", hour(0)),
            new IncidentChanged.IncidentAcknowledged("inc-1", "PO-01", hour(1)),
            new IncidentChanged.IncidentTaskAssigned("inc-1", "task-1", "t-2", "watch the north gate", "PO-01", hour(2)),
            new IncidentChanged.IncidentTaskReported("inc-1", "task-1", "t-2", "nobody came out", "PV-0002", hour(3)),
            new IncidentChanged.IncidentClosed("inc-1", "GB-101", IncidentCategory.THEFT, IncidentOutcome.SUSPECTS_CAUGHT, "caught",
                    "PO-01", hour(4)),
            new IncidentChanged.IncidentHandedOverAsDispute("inc-1", "t-1", new DisputeHandover("GC-103", DisputeCategory.NEIGHBOUR,
                    List.of(new Party("Flat 3-201", "neighbour")), "noise", 2, new Reporter("PV-0001", ReporterRole.PATROL_MEMBER),
                    hour(0)), hour(5)),
            new ShiftChanged.CheckInFlagged("sh-1", "t-1", "PV-0001", "cp-3", List.of(CheckInFlag.FAR_FROM_CHECKPOINT), 420, 0, hour(6)),
            new ShiftChanged.ShiftEndedWithMissedCheckpoints("sh-1", "t-1", "GB-101", List.of("cp-4"), hour(7)),
            new MissedShiftNoticed("missed-1", "t-1", "GB-102", hour(-10), hour(8)),
            new DutyChanged.OrderMaintenanceDutyAssigned("duty-1", "d-7", "t-1", "GB-101", "GC-103", "east gate", "HIGH", hour(9)),
            new DutyChanged.OrderMaintenanceDutyLifted("duty-1", "d-7", "t-1", "risk lowered", hour(10)),
            new TeamChanged.PatrolTeamRegistered("t-1", "Maple Court Red Butler Patrol", PatrolTeamType.RED_BUTLER, List.of("GB-101"), 12,
                    hour(11)),
            new BelowThreshold(MARCH, 0.8, hour(12)));

    private final PatrolContract contract = new PatrolContract();

    @Test
    void every_kind_of_event_is_published_as_the_record_of_its_name_at_its_own_time() {
        List<Class<?>> kinds = new ArrayList<>(List.of(MissedShiftNoticed.class, BelowThreshold.class));
        Stream.of(IncidentChanged.class, ShiftChanged.class, DutyChanged.class, TeamChanged.class)
                .forEach(sealed -> kinds.addAll(Arrays.asList(sealed.getPermittedSubclasses())));
        assertThat(ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).collect(Collectors.toSet()))
                .as("one of each kind").containsExactlyInAnyOrderElementsOf(kinds);

        List<String> publishedNames = new ArrayList<>();
        for (int n = 0; n < ONE_OF_EACH.size(); n++) {
            DomainEvent event = ONE_OF_EACH.get(n);
            List<PatrolEvent> published = contract.publish(event);
            assertThat(published).as(event.getClass().getSimpleName()).singleElement().satisfies(record -> {
                assertThat(record.occurredAt()).as("its ce_time").isEqualTo(event.occurredAt());
                assertThat(EventJson.read(EventJson.write(record).getBytes(StandardCharsets.UTF_8), EventCatalog.of(record)))
                        .as("reads back the same under its contract").isEqualTo(record);
                publishedNames.add(record.getClass().getSimpleName());
            });
            assertThat(event.occurredAt()).isEqualTo(hour(n));
        }
        assertThat(publishedNames).as("every record of patrol.events has its event").containsExactlyInAnyOrderElementsOf(
                EventCatalog.ALL.stream().filter(type -> type.topic().equals(Topics.PATROL_EVENTS)).map(EventType::name).toList());
        assertThat(ONE_OF_EACH.stream().filter(e -> !(e instanceof MissedShiftNoticed) && !(e instanceof BelowThreshold))
                .map(e -> e.getClass().getSimpleName()))
                .as("named as published").containsExactlyElementsOf(publishedNames.stream()
                        .filter(name -> !name.equals("ShiftMissed") && !name.equals("TeamAssessedBelowThreshold")).toList());
    }

    @Test
    void a_month_below_the_threshold_is_published_with_the_month_s_figures() {
        assertThat(contract.publish(ONE_OF_EACH.get(12))).singleElement()
                .isEqualTo(new TeamAssessedBelowThreshold("t-1", "2026-03", 0.62, 0.8, 20, 31, hour(12)));
    }

    private static Instant hour(int n) {
        return Instant.parse("2026-03-02T08:00:00Z").plusSeconds(3600L * n);
    }
}
