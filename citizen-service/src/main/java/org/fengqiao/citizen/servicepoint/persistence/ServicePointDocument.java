package org.fengqiao.citizen.servicepoint.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.OpeningPeriod;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A service point as stored: its state plus the events its last change raised (the outbox). */
@Document("service_points")
@CompoundIndex(name = "type_name", def = "{'type': 1, 'name': 1}")
class ServicePointDocument extends OutboxDocument {

    @Id
    String id;
    String name;
    ServicePointType type;
    String address;
    boolean roundTheClock;
    @Indexed(name = "services")
    List<OfferedService> services;
    List<OpeningPeriod> openingHours;
    int slotCapacity;
    Instant registeredAt;

    static ServicePointDocument of(ServicePoint point) {
        ServicePointDocument document = new ServicePointDocument();
        document.id = point.id();
        document.name = point.name();
        document.type = point.type();
        document.address = point.address();
        document.roundTheClock = point.roundTheClock();
        document.services = point.services();
        document.openingHours = point.openingHours();
        document.slotCapacity = point.slotCapacity();
        document.registeredAt = point.registeredAt();
        document.setVersion(point.version());
        return document;
    }

    ServicePoint toServicePoint() {
        return ServicePoint.restore(id, name, type, address, roundTheClock, services, openingHours, slotCapacity, registeredAt, getVersion());
    }
}
