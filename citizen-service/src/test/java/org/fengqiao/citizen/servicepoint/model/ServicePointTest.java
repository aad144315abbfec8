package org.fengqiao.citizen.servicepoint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.fengqiao.citizen.servicepoint.model.ServicePointChanged.ServicePointRegistered;

import org.fengqiao.events.citizen.ServicePointType;
import org.junit.jupiter.api.Test;

class ServicePointTest {

    private static final Instant NOW = Instant.parse("2026-01-05T01:30:00Z");

    @Test
    void a_registered_point_raises_service_point_registered_with_its_services_as_names() {
        ServicePoint point = ServicePoint.register("sp-1", "Maple Court Community Police Room", ServicePointType.POLICE_ROOM,
                "12 Maple Court Road", false, List.of(OfferedService.HOUSEHOLD_REGISTRATION, OfferedService.ID_CARD), NOW);

        assertThat(point.version()).isNull();
        assertThat(point.raisedEvents()).containsExactly(new ServicePointRegistered("sp-1",
                "Maple Court Community Police Room", ServicePointType.POLICE_ROOM, "12 Maple Court Road", false,
                List.of("HOUSEHOLD_REGISTRATION", "ID_CARD"), NOW));
    }

    @Test
    void each_service_is_listed_once_and_none_is_allowed() {
        assertThat(ServicePoint.register("sp-1", "Riverside Chat Police Room", ServicePointType.CHAT_POLICE_ROOM,
                "online", false, List.of(OfferedService.CONSULTATION, OfferedService.CONSULTATION), NOW).services())
                .containsExactly(OfferedService.CONSULTATION);
        assertThat(ServicePoint.register("sp-2", "Riverside Service Centre", ServicePointType.SERVICE_CENTRE,
                "3 Riverside Lane", false, null, NOW).services()).isEmpty();
    }

    @Test
    void a_self_service_point_is_always_open_round_the_clock() {
        assertThat(ServicePoint.mustBeOpenRoundTheClock(ServicePointType.SELF_SERVICE_POINT)).isTrue();
        assertThat(ServicePoint.mustBeOpenRoundTheClock(ServicePointType.POLICE_ROOM)).isFalse();
        assertThat(ServicePoint.register("sp-1", "Station Square Self-Service Point", ServicePointType.SELF_SERVICE_POINT,
                "1 Station Square", true, List.of(OfferedService.ID_CARD), NOW).roundTheClock()).isTrue();
        assertThatThrownBy(() -> ServicePoint.register("sp-1", "Station Square Self-Service Point",
                ServicePointType.SELF_SERVICE_POINT, "1 Station Square", false, List.of(), NOW))
                .hasMessageContaining("round the clock");
    }

    @Test
    void a_restored_point_raises_nothing() {
        ServicePoint point = ServicePoint.restore("sp-1", "Maple Court Community Police Room", ServicePointType.POLICE_ROOM,
                "12 Maple Court Road", false, List.of(OfferedService.ID_CARD), NOW, 4L);

        assertThat(point.raisedEvents()).isEmpty();
        assertThat(point.version()).isEqualTo(4L);
    }

    @Test
    void a_point_needs_a_name_and_an_address() {
        assertThatThrownBy(() -> ServicePoint.register("sp-1", " ", ServicePointType.OTHER, "1 Elm Road", false, List.of(), NOW))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> ServicePoint.register("sp-1", "Elm Road Point", ServicePointType.OTHER, "", false, List.of(), NOW))
                .hasMessageContaining("address");
        assertThatThrownBy(() -> ServicePoint.register("sp-1", "Elm Road Point", ServicePointType.OTHER, "x".repeat(301), false,
                List.of(), NOW)).hasMessageContaining("address");
    }
}
