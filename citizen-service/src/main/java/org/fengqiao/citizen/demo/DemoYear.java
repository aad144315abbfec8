package org.fengqiao.citizen.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.fengqiao.citizen.appointment.application.Appointments;
import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.appointment.model.NoShowRule;
import org.fengqiao.citizen.appointment.model.Slot;
import org.fengqiao.citizen.appointment.model.SlotPlan;
import org.fengqiao.citizen.lostfound.application.LostItems;
import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.citizen.outreach.application.OutreachRecords;
import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.citizen.request.application.EnterpriseIntakes;
import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.servicepoint.application.SeedServicePoints;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.citizen.visit.application.HomeVisits;
import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.seed.Seed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A made-up year of citizen services for the local stack's demo, shaped like the year the station
 * published (about 1,600 people visited at home, 58 lost persons helped, 78 online appointments,
 * 34 registration cases at pre-acceptance points, 8 door-to-door ID services, 23 enterprise
 * services, and its co-building events, safety tours, open days and legal publicity), each count
 * drawn within ten percent of the published one. Every record goes through the real model at a
 * made-up time in the past year, so the tallies (GET /api/v1/tallies) are counted from records.
 * The records are stored as history, without publishing their events: residents would otherwise
 * be notified today of things a year old, and other services handed made-up work. A seed run at
 * start, after the service points, when {@code citizen.demo.seed-year=true} and no home visit is stored yet.
 */
@Component
@ConditionalOnProperty("citizen.demo.seed-year")
class DemoYear implements Seed {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
    private static final String DESK = "PO-02";

    private final HomeVisits visits;
    private final OutreachRecords outreach;
    private final Appointments appointments;
    private final ServiceRequests requests;
    private final EnterpriseIntakes intakes;
    private final LostItems lostItems;
    private final ServicePoints servicePoints;
    private final GridDirectory grid;
    private final SlotPlan slots;
    private final NoShowRule noShowRule;
    private final Duration keepFor;
    private final Clock clock;
    private Random random;
    private Instant now;
    private int citizens;

    DemoYear(HomeVisits visits, OutreachRecords outreach, Appointments appointments, ServiceRequests requests, EnterpriseIntakes intakes,
             LostItems lostItems, ServicePoints servicePoints, GridDirectory grid, SlotPlan slots, NoShowRule noShowRule,
             @Value("${citizen.lost-and-found.keep-for}") Duration keepFor, Clock clock) {
        this.visits = visits;
        this.outreach = outreach;
        this.appointments = appointments;
        this.requests = requests;
        this.intakes = intakes;
        this.lostItems = lostItems;
        this.servicePoints = servicePoints;
        this.grid = grid;
        this.slots = slots;
        this.noShowRule = noShowRule;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DEMO_DATA;
    }

    @Override
    public void seed() {
        now = clock.instant();
        if (!visits.none()) {
            log.info("demo year not loaded: the store already holds home visits");
            return;
        }
        random = new Random(2026);
        homeVisits(about(1635));
        lostPersons(about(58));
        appointments(about(78));
        preAcceptanceCases(about(34));
        doorToDoor(about(8));
        enterprises(about(23));
        activities();
        lostAndFound();
        log.info("demo year loaded: home visits, lost persons, appointments, service requests, enterprise intakes, activities, lost items");
    }

    private int about(int published) {
        return published + (int) Math.round(published * 0.1 * (2 * random.nextDouble() - 1));
    }

    private Instant someTimeThisYear(int minDaysAgo) {
        return now.minus(Duration.ofMinutes(minDaysAgo * 24L * 60 + random.nextInt((365 - minDaysAgo) * 24 * 60)));
    }

    private GridDirectory.GridCell cell() {
        List<GridDirectory.GridCell> cells = grid.gridCells();
        return cells.get(random.nextInt(cells.size()));
    }

    private String officerOf(GridDirectory.GridCell cell) {
        return grid.officerOf(cell.id()).map(GridDirectory.CommunityOfficer::id).orElse("CO-01");
    }

    private Applicant someone() {
        citizens++;
        String ref = String.format("CZ-D%05d", citizens);
        StringBuilder id = new StringBuilder("110105").append(1940 + random.nextInt(66)).append(String.format("%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)));
        for (int i = 0; i < 4; i++) {
            id.append(random.nextInt(10));
        }
        return new Applicant(ref, "Demo resident " + citizens, id.toString(), "139" + String.format("%08d", random.nextInt(100_000_000)));
    }

    private void homeVisits(int people) {
        int met = 0;
        while (met < people) {
            GridDirectory.GridCell cell = cell();
            int n = Math.min(people - met, 1 + random.nextInt(4));
            Instant at = someTimeThisYear(1);
            visits.save(HomeVisit.log(UUID.randomUUID().toString(), officerOf(cell), cell.id(), "HH-" + cell.id().substring(3) + "-"
                    + String.format("%04d", random.nextInt(10_000)), n, at, List.of(), at));
            met += n;
        }
    }

    private void lostPersons(int count) {
        LostPersonHelped.Outcome[] outcomes = LostPersonHelped.Outcome.values();
        for (int i = 0; i < count; i++) {
            GridDirectory.GridCell cell = cell();
            Instant at = someTimeThisYear(1);
            outreach.save(new LostPersonHelped(UUID.randomUUID().toString(), at, "Near " + cell.name(), cell.id(),
                    i % 3 == 0 ? "Child separated from parents at the market" : "Elderly person who could not say where they lived",
                    outcomes[random.nextInt(outcomes.length)], officerOf(cell), at.plus(Duration.ofHours(2))));
        }
    }

    private List<ServicePoint> points(ServicePointType type) {
        return SeedServicePoints.points().stream().filter(p -> p.type() == type)
                .map(p -> servicePoints.find(p.id()).orElseThrow()).toList();
    }

    private void appointments(int count) {
        List<ServicePoint> bookable = new ArrayList<>(points(ServicePointType.PRE_ACCEPTANCE_POINT));
        bookable.addAll(points(ServicePointType.SERVICE_CENTRE));
        bookable.addAll(points(ServicePointType.POLICE_ROOM));
        int made = 0;
        while (made < count) {
            ServicePoint point = bookable.get(random.nextInt(bookable.size()));
            OfferedService service = point.services().stream().filter(point::takesAppointmentsFor).toList()
                    .get(random.nextInt((int) point.services().stream().filter(point::takesAppointmentsFor).count()));
            Instant bookedAt = someTimeThisYear(10);
            LocalDate day = bookedAt.atZone(slots.zone()).toLocalDate().plusDays(1 + random.nextInt(6));
            List<Slot> open = slots.slotsOn(point, service, day);
            if (open.isEmpty()) {
                continue;
            }
            Slot slot = open.get(random.nextInt(open.size()));
            Appointment a = Appointment.book(UUID.randomUUID().toString(), "CZ-A" + String.format("%04d", made), point.id(), point.name(), service,
                    slot, bookedAt);
            int fate = random.nextInt(20);
            if (fate == 0) {
                a.miss(noShowRule, List.of(), slot.end().plus(Duration.ofHours(1)));
            } else if (fate < 3) {
                a.cancel(AppointmentParty.CITIZEN, "Could not come that day", bookedAt.plus(Duration.ofHours(5)));
            } else {
                a.attend(slot.start());
            }
            appointments.save(Appointment.restore(a.snapshot()));
            made++;
        }
    }

    private ServiceRequest progressed(ServiceRequest r, Instant opened, String by) {
        Instant t = opened;
        if (r.snapshot().status() == ServiceRequest.Status.REQUESTED) {
            t = t.plus(Duration.ofHours(2));
            r.schedule(by, t.plus(Duration.ofHours(3)), t);
            t = t.plus(Duration.ofHours(3));
            r.collectAtHome(by, null, t);
        }
        r.submit(by, t = t.plus(Duration.ofDays(1)));
        r.ready(by, servicePoints.nameOf(r.snapshot().servicePointId()), t = t.plus(Duration.ofDays(7 + random.nextInt(8))));
        if (r.snapshot().handOver() == org.fengqiao.events.citizen.HandOver.DELIVERY) {
            r.deliver(by, t.plus(Duration.ofDays(1)));
        } else {
            r.pickUp(by, t.plus(Duration.ofDays(1 + random.nextInt(5))));
        }
        return r;
    }

    /** The request as stored history: its events are not published. */
    private static ServiceRequest history(ServiceRequest r) {
        return ServiceRequest.restore(r.snapshot());
    }

    private void preAcceptanceCases(int count) {
        List<ServicePoint> points = points(ServicePointType.PRE_ACCEPTANCE_POINT);
        for (int i = 0; i < count; i++) {
            Instant opened = someTimeThisYear(30);
            Applicant who = someone();
            ServiceRequest r = ServiceRequest.open(UUID.randomUUID().toString(), new ServiceRequest.Opening(ServiceRequestKind.HOUSEHOLD_REGISTRATION,
                    ServiceChannel.AT_SERVICE_POINT, who, who.citizenRef(), ServiceRequest.RequestedBy.SELF, null,
                    points.get(random.nextInt(points.size())).id(), null, null, null, null, DESK), opened);
            requests.save(history(progressed(r, opened, DESK)));
        }
    }

    private void doorToDoor(int count) {
        ServiceRequest.DoorToDoorReason[] reasons = ServiceRequest.DoorToDoorReason.values();
        for (int i = 0; i < count; i++) {
            Instant opened = someTimeThisYear(30);
            GridDirectory.GridCell cell = cell();
            Applicant who = someone();
            ServiceRequest r = ServiceRequest.open(UUID.randomUUID().toString(), new ServiceRequest.Opening(ServiceRequestKind.ID_CARD,
                    ServiceChannel.DOOR_TO_DOOR, who, who.citizenRef(), ServiceRequest.RequestedBy.values()[random.nextInt(3)],
                    reasons[random.nextInt(reasons.length)], "SC-01", cell.id(), null, null, null, officerOf(cell)), opened);
            requests.save(history(progressed(r, opened, "PO-03")));
        }
    }

    private void enterprises(int count) {
        String[] kinds = {"construction project", "logistics park", "garment factory", "food processing plant"};
        List<ServicePoint> centres = points(ServicePointType.SERVICE_CENTRE);
        for (int i = 0; i < count; i++) {
            GridDirectory.GridCell cell = cell();
            Instant collected = someTimeThisYear(30);
            String batchId = UUID.randomUUID().toString();
            String point = centres.get(random.nextInt(centres.size())).id();
            String officer = officerOf(cell);
            List<String> ids = new ArrayList<>();
            for (int n = 5 + random.nextInt(20); n > 0; n--) {
                Applicant who = someone();
                ServiceRequest r = ServiceRequest.open(UUID.randomUUID().toString(), new ServiceRequest.Opening(ServiceRequestKind.RESIDENCE_PERMIT,
                        ServiceChannel.ENTERPRISE, who, who.citizenRef(), ServiceRequest.RequestedBy.SELF, null, point, cell.id(), batchId, null,
                        null, officer), collected);
                ids.add(requests.save(history(progressed(r, collected, officer))).snapshot().id());
            }
            intakes.save(new EnterpriseIntake(batchId, "Demo " + kinds[i % kinds.length] + " No. " + (i + 1), "Site office, " + cell.name(),
                    cell.id(), point, officer, ServiceRequestKind.RESIDENCE_PERMIT, collected, ids, collected));
        }
    }

    private void activities() {
        record Plan(OutreachActivity.Kind kind, int published, String title) {
        }
        for (Plan plan : List.of(new Plan(OutreachActivity.Kind.CO_BUILDING, 34, "Co-building meeting with residents"),
                new Plan(OutreachActivity.Kind.SAFETY_TOUR, 18, "Safety tour with volunteers"),
                new Plan(OutreachActivity.Kind.OPEN_DAY, 28, "Station open day"),
                new Plan(OutreachActivity.Kind.LEGAL_PUBLICITY, 56, "Legal publicity stall"),
                new Plan(OutreachActivity.Kind.ANTI_FRAUD_TRAINING, 24, "Anti-fraud training"))) {
            for (int i = about(plan.published()); i > 0; i--) {
                GridDirectory.GridCell cell = cell();
                Instant at = someTimeThisYear(1);
                outreach.save(new OutreachActivity(UUID.randomUUID().toString(), plan.kind(), plan.title(), cell.name() + " community hall",
                        cell.id(), at, 15 + random.nextInt(120), officerOf(cell), at.plus(Duration.ofHours(3))));
            }
        }
    }

    private void lostAndFound() {
        LostItemKind[] kinds = {LostItemKind.ID_CARD, LostItemKind.BAG, LostItemKind.CUP, LostItemKind.PHONE, LostItemKind.KEYS, LostItemKind.WALLET};
        for (int handover = 0; handover < 12; handover++) {
            Instant at = someTimeThisYear(2);
            String handoverId = UUID.randomUUID().toString();
            for (int n = 2 + random.nextInt(5); n > 0; n--) {
                LostItemKind kind = kinds[random.nextInt(kinds.length)];
                boolean ownerKnown = kind == LostItemKind.ID_CARD || kind == LostItemKind.WALLET || random.nextBoolean();
                LostItem item = LostItem.receive(UUID.randomUUID().toString(), handoverId, kind, "Left at the reading room", "Riverside Library duty desk",
                        "PR-01", servicePoints.nameOf("PR-01"), ownerKnown ? someone().citizenRef() : null, keepFor, at);
                Instant later = at.plus(keepFor);
                if (ownerKnown) {
                    item.returnTo(null, DESK, at.plus(Duration.ofDays(1 + random.nextInt(5))));
                } else if (later.isBefore(now)) {
                    item.dispose("disposal-round", later);
                }
                lostItems.save(LostItem.restore(item.snapshot()));
            }
        }
    }
}
