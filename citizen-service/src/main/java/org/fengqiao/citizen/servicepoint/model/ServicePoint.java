package org.fengqiao.citizen.servicepoint.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.domain.RaisesEvents;

/**
 * A place where residents are served: a community, campus or chat-based police room, a
 * round-the-clock self-service point, a community pre-acceptance point or a party-and-public
 * service centre ("three rooms, two points, one centre"). The aggregate registers the events its
 * changes raise; they are stored with it in one write and published from there.
 *
 * <p>Invariants: a service point has a non-blank name (at most {@value #NAME_MAX_LENGTH}
 * characters), a type and a non-blank address (at most {@value #ADDRESS_MAX_LENGTH}); each offered
 * service is listed once; a {@link ServicePointType#SELF_SERVICE_POINT self-service point} is
 * always open round the clock.
 */
public final class ServicePoint implements RaisesEvents<ServicePointChanged> {

    /** The longest name a service point may have. */
    public static final int NAME_MAX_LENGTH = 200;
    /** The longest address a service point may have. */
    public static final int ADDRESS_MAX_LENGTH = 300;

    private final String id;
    private final String name;
    private final ServicePointType type;
    private final String address;
    private final boolean roundTheClock;
    private final List<OfferedService> services;
    private final List<OpeningPeriod> openingHours;
    private final int slotCapacity;
    private final Instant registeredAt;
    private final Long version;
    private final List<ServicePointChanged> raised = new ArrayList<>();

    private ServicePoint(String id, String name, ServicePointType type, String address, boolean roundTheClock,
                         List<OfferedService> services, List<OpeningPeriod> openingHours, int slotCapacity, Instant registeredAt,
                         Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = text(name, "name", NAME_MAX_LENGTH);
        this.type = Objects.requireNonNull(type, "type");
        this.address = text(address, "address", ADDRESS_MAX_LENGTH);
        if (mustBeOpenRoundTheClock(type) && !roundTheClock) {
            throw new IllegalArgumentException("a " + type + " is always open round the clock");
        }
        this.roundTheClock = roundTheClock;
        this.services = List.copyOf(new LinkedHashSet<>(services == null ? List.of() : services));
        this.openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        if (slotCapacity < 0) {
            throw new IllegalArgumentException("a slot takes 0 or more residents, not " + slotCapacity);
        }
        this.slotCapacity = slotCapacity;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.version = version;
    }

    /**
     * Whether every point of this type is open 24 hours a day (the station's self-service points
     * are, by definition).
     */
    public static boolean mustBeOpenRoundTheClock(ServicePointType type) {
        return type == ServicePointType.SELF_SERVICE_POINT;
    }

    /**
     * A service point opens for residents; {@link ServicePointChanged.ServicePointRegistered} is raised. A service
     * listed twice is kept once.
     */
    public static ServicePoint register(String id, String name, ServicePointType type, String address,
                                        boolean roundTheClock, List<OfferedService> services, Instant now) {
        return register(id, name, type, address, roundTheClock, services, List.of(), 0, now);
    }

    /**
     * A service point opens with its opening hours (ignored when round the clock) and how many
     * residents one online-appointment slot takes (0: no online appointments there).
     */
    public static ServicePoint register(String id, String name, ServicePointType type, String address, boolean roundTheClock,
                                        List<OfferedService> services, List<OpeningPeriod> openingHours, int slotCapacity,
                                        Instant now) {
        ServicePoint point = new ServicePoint(id, name, type, address, roundTheClock, services, openingHours, slotCapacity, now, null);
        point.raised.add(new ServicePointChanged.ServicePointRegistered(id, point.name, type, point.address, roundTheClock,
                point.services.stream().map(OfferedService::name).toList(), now));
        return point;
    }

    /** Rebuilds a stored service point; raises nothing. */
    public static ServicePoint restore(String id, String name, ServicePointType type, String address,
                                       boolean roundTheClock, List<OfferedService> services, Instant registeredAt,
                                       Long version) {
        return restore(id, name, type, address, roundTheClock, services, List.of(), 0, registeredAt, version);
    }

    /** Rebuilds a stored service point with its hours and slot capacity; raises nothing. */
    public static ServicePoint restore(String id, String name, ServicePointType type, String address, boolean roundTheClock,
                                       List<OfferedService> services, List<OpeningPeriod> openingHours, int slotCapacity,
                                       Instant registeredAt, Long version) {
        return new ServicePoint(id, name, type, address, roundTheClock, services, openingHours, slotCapacity, registeredAt, version);
    }

    /** Whether the point is open for the whole of {@code start} to {@code end} (local times, one day). */
    public boolean isOpen(java.time.DayOfWeek day, java.time.LocalTime start, java.time.LocalTime end) {
        return roundTheClock || openingHours.stream().anyMatch(period -> period.covers(day, start, end));
    }

    /** Whether residents can book online appointments for {@code service} here. */
    public boolean takesAppointmentsFor(OfferedService service) {
        return slotCapacity > 0 && services.contains(service);
    }

    private static String text(String value, String field, int maxLength) {
        String stripped = Objects.requireNonNull(value, field).strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new IllegalArgumentException("a service point's " + field + " has 1 to " + maxLength + " characters");
        }
        return stripped;
    }

    @Override
    public List<ServicePointChanged> raisedEvents() {
        return List.copyOf(raised);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ServicePointType type() {
        return type;
    }

    public String address() {
        return address;
    }

    public boolean roundTheClock() {
        return roundTheClock;
    }

    public List<OfferedService> services() {
        return services;
    }

    public List<OpeningPeriod> openingHours() {
        return openingHours;
    }

    public int slotCapacity() {
        return slotCapacity;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }
}
