package org.fengqiao.citizen.request.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.fengqiao.citizen.request.model.ServiceRequestChanged.DoorToDoorVisitScheduled;
import org.fengqiao.citizen.request.model.ServiceRequestChanged.ServiceRequestCompleted;
import org.fengqiao.citizen.request.model.ServiceRequestChanged.ServiceRequestOpened;
import org.fengqiao.citizen.request.model.ServiceRequestChanged.ServiceRequestReady;

import org.fengqiao.events.citizen.HandOver;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

    private static final Instant T = Instant.parse("2026-05-14T06:00:00Z");
    private static final Applicant GRANDMOTHER = new Applicant("CZ-30981", "Resident of Eastbrook Village No. 7", null, null);

    private static ServiceRequest doorToDoor() {
        return ServiceRequest.open("req-1", new ServiceRequest.Opening(ServiceRequestKind.ID_CARD, ServiceChannel.DOOR_TO_DOOR, GRANDMOTHER,
                "CZ-30982", ServiceRequest.RequestedBy.OFFICER, ServiceRequest.DoorToDoorReason.ELDERLY, "SC-01", "GC-204", null, "visit-1",
                "finding-1", "CO-04"), T);
    }

    @Test
    void a_door_to_door_request_goes_from_requested_to_delivered_and_the_relative_hears_each_step() {
        ServiceRequest r = doorToDoor();
        r.schedule("PO-03", T.plus(Duration.ofHours(3)), T.plus(Duration.ofMinutes(20)));
        r.collectAtHome("PO-03", "110105194403120025", T.plus(Duration.ofHours(3)));
        r.submit("PO-03", T.plus(Duration.ofDays(1)));
        r.ready("PO-03", "Harbour District Party-and-Public Service Centre", T.plus(Duration.ofDays(10)));
        r.deliver("PO-03", T.plus(Duration.ofDays(11)));

        assertThat(r.snapshot().history()).extracting(ServiceRequest.Step::status).containsExactly(ServiceRequest.Status.REQUESTED,
                ServiceRequest.Status.SCHEDULED, ServiceRequest.Status.COLLECTED, ServiceRequest.Status.SUBMITTED, ServiceRequest.Status.READY,
                ServiceRequest.Status.DELIVERED);
        assertThat(r.raisedEvents()).hasExactlyElementsOfTypes(ServiceRequestOpened.class, DoorToDoorVisitScheduled.class,
                ServiceRequestReady.class, ServiceRequestCompleted.class);
        assertThat(((ServiceRequestReady) r.raisedEvents().get(2)).notifyRef()).isEqualTo("CZ-30982");
        assertThat(((ServiceRequestReady) r.raisedEvents().get(2)).handOver()).isEqualTo(HandOver.DELIVERY);
        assertThat(r.snapshot().applicant().idNumber()).isEqualTo("110105194403120025");
        assertThat(r.raisedEvents().toString()).as("events carry references only").doesNotContain("110105194403120025", "Eastbrook");
    }

    @Test
    void steps_out_of_order_are_refused_and_change_nothing() {
        ServiceRequest r = doorToDoor();
        assertThatThrownBy(() -> r.submit("PO-03", T)).isInstanceOf(RuleViolatedException.class).hasMessageContaining("REQUESTED");
        assertThatThrownBy(() -> r.pickUp("PO-03", T)).isInstanceOf(RuleViolatedException.class);
        assertThat(r.snapshot().status()).isEqualTo(ServiceRequest.Status.REQUESTED);

        ServiceRequest atCounter = ServiceRequest.open("req-2", new ServiceRequest.Opening(ServiceRequestKind.HOUSEHOLD_REGISTRATION,
                ServiceChannel.AT_SERVICE_POINT, GRANDMOTHER, null, ServiceRequest.RequestedBy.SELF, null, "PA-01", null, null, null, null, "PO-02"), T);
        assertThat(atCounter.snapshot().status()).isEqualTo(ServiceRequest.Status.COLLECTED);
        assertThat(atCounter.snapshot().notifyRef()).isEqualTo("CZ-30981");
        assertThatThrownBy(() -> atCounter.schedule("PO-03", T, T)).isInstanceOf(RuleViolatedException.class).hasMessageContaining("DOOR_TO_DOOR");
        atCounter.submit("PO-02", T);
        atCounter.ready("PO-02", "Old Mill Street Community Pre-Acceptance Point", T);
        assertThatThrownBy(() -> atCounter.deliver("PO-02", T)).as("picked up at the counter").isInstanceOf(RuleViolatedException.class);
        atCounter.pickUp("PO-02", T);
        assertThat(atCounter.snapshot().status()).isEqualTo(ServiceRequest.Status.PICKED_UP);
    }

    @Test
    void personal_data_is_masked_for_display_and_in_logs() {
        Applicant a = new Applicant("CZ-1", "Demo resident", "11010519440312002X", "13800001234");

        assertThat(a.masked().idNumber()).isEqualTo("1101**********002X");
        assertThat(a.masked().phone()).isEqualTo("138****1234");
        assertThat(a.toString()).doesNotContain("11010519440312002X", "13800001234");
        assertThatThrownBy(() -> new Applicant("CZ-1", "x", "12345", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
