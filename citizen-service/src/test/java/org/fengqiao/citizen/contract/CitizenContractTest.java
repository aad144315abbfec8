package org.fengqiao.citizen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fengqiao.citizen.appointment.model.AppointmentChanged;
import org.fengqiao.citizen.lostfound.model.LostItemChanged;
import org.fengqiao.citizen.request.model.ServiceRequestChanged;
import org.fengqiao.citizen.servicepoint.model.ServicePointChanged;
import org.fengqiao.citizen.visit.model.HomeVisitChanged;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.events.citizen.CitizenEvent;
import org.fengqiao.events.citizen.HandOver;
import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.events.citizen.SafetyHazardFound;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.kit.domain.DomainEvent;
import org.junit.jupiter.api.Test;

/** citizen-service's published language: what each of its features' events is published as. */
class CitizenContractTest {

    /** One event of every kind, the n-th happening n hours after the first. */
    private static final List<DomainEvent> ONE_OF_EACH = List.of(
            new AppointmentChanged.AppointmentBooked("ap-1", "CZ-90001", "sp-1", "Maple Court police room", "ID_CARD", hour(30), hour(31),
                    hour(0)),
            new AppointmentChanged.AppointmentCancelled("ap-1", "CZ-90001", "sp-1", hour(30), AppointmentParty.CITIZEN, "ill", hour(1)),
            new AppointmentChanged.AppointmentMissed("ap-2", "CZ-90001", "sp-1", hour(-5), 3, hour(700), hour(2)),
            new AppointmentChanged.AppointmentReminderDue("ap-3", "CZ-90001", "sp-1", "Maple Court police room", "ID_CARD", hour(27),
                    hour(3)),
            new LostItemChanged.LostItemAwaitingOwner("li-1", "CZ-90002", LostItemKind.BAG, "sp-1", "Maple Court police room", hour(200),
                    hour(4)),
            new LostItemChanged.LostItemReturned("li-1", "CZ-90002", "sp-1", hour(5)),
            new LostItemChanged.LostItemDisposed("li-2", LostItemKind.CUP, "sp-1", hour(-900), hour(6)),
            new ServiceRequestChanged.ServiceRequestOpened("sr-1", ServiceRequestKind.ID_CARD, ServiceChannel.DOOR_TO_DOOR, "CZ-90003",
                    "CZ-90004", "sp-1", "GC-103", null, "visit-1", hour(7)),
            new ServiceRequestChanged.DoorToDoorVisitScheduled("sr-1", "CZ-90003", "CZ-90004", "CO-02", hour(40), hour(8)),
            new ServiceRequestChanged.ServiceRequestReady("sr-1", ServiceRequestKind.ID_CARD, ServiceChannel.DOOR_TO_DOOR, "CZ-90003",
                    "CZ-90004", "sp-1", "Maple Court police room", HandOver.DELIVERY, hour(9)),
            new ServiceRequestChanged.ServiceRequestCompleted("sr-1", ServiceRequestKind.ID_CARD, ServiceChannel.DOOR_TO_DOOR, "CZ-90003",
                    "CZ-90004", HandOver.DELIVERY, hour(10)),
            new ServicePointChanged.ServicePointRegistered("sp-1", "Maple Court police room", ServicePointType.POLICE_ROOM,
                    "1 Maple Court", true, List.of("ID_CARD"), hour(11)),
            new HomeVisitChanged.HomeVisitFindingHandedOverAsDispute("visit-1", "f-1", new DisputeHandover("GC-103",
                    DisputeCategory.NEIGHBOUR, List.of(new Party("Flat 3-201", "neighbour")), "noise at night", 2,
                    new Reporter("CO-02", ReporterRole.COMMUNITY_OFFICER), hour(-48)), hour(12)),
            new HomeVisitChanged.SafetyHazardFound("visit-1", "f-2", "GC-103", "CO-02", "bikes charged in the stairwell", hour(-48),
                    hour(13)),
            new HomeVisitChanged.AntiFraudWarningIssued("visit-1", "f-3", "GC-103", "HH-103-0042", "CO-02", "asked to move savings",
                    hour(-48), hour(14)));

    private final CitizenContract contract = new CitizenContract();

    @Test
    void every_kind_of_event_is_published_as_the_record_of_its_name_at_its_own_time() {
        List<Class<?>> kinds = new ArrayList<>();
        Stream.of(AppointmentChanged.class, LostItemChanged.class, ServiceRequestChanged.class, ServicePointChanged.class,
                HomeVisitChanged.class).forEach(sealed -> kinds.addAll(Arrays.asList(sealed.getPermittedSubclasses())));
        assertThat(ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).collect(Collectors.toSet()))
                .as("one of each kind").containsExactlyInAnyOrderElementsOf(kinds);

        for (int n = 0; n < ONE_OF_EACH.size(); n++) {
            DomainEvent event = ONE_OF_EACH.get(n);
            List<CitizenEvent> published = contract.publish(event);
            assertThat(published).as(event.getClass().getSimpleName()).singleElement().satisfies(record -> {
                assertThat(record.getClass().getSimpleName()).isEqualTo(event.getClass().getSimpleName());
                assertThat(record.occurredAt()).as("its ce_time").isEqualTo(event.occurredAt());
                assertThat(EventJson.read(EventJson.write(record).getBytes(StandardCharsets.UTF_8), EventCatalog.of(record)))
                        .as("reads back the same under its contract").isEqualTo(record);
            });
            assertThat(event.occurredAt()).isEqualTo(hour(n));
        }
        assertThat(ONE_OF_EACH.stream().map(e -> e.getClass().getSimpleName()))
                .as("every record of citizen.events has its event").containsExactlyInAnyOrderElementsOf(EventCatalog.ALL.stream()
                        .filter(type -> type.topic().equals(Topics.CITIZEN_EVENTS)).map(EventType::name).toList());
    }

    @Test
    void a_finding_is_published_at_the_time_the_visit_was_logged_with_the_visit_s_own_time_inside() {
        assertThat(contract.publish(ONE_OF_EACH.get(13))).singleElement().isEqualTo(new SafetyHazardFound("visit-1", "f-2", "GC-103",
                "CO-02", "bikes charged in the stairwell", hour(-48), hour(13)));
    }

    private static Instant hour(int n) {
        return Instant.parse("2026-03-02T08:00:00Z").plusSeconds(3600L * n);
    }
}
