package org.fengqiao.citizen.servicepoint.persistence;

import java.util.Optional;

import org.fengqiao.citizen.servicepoint.application.ServicePointFilter;
import org.fengqiao.citizen.servicepoint.application.ServicePointPage;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.PagedSearch;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoServicePoints implements ServicePoints {

    private final ServicePointRepository repository;
    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;

    MongoServicePoints(ServicePointRepository repository, MongoTemplate mongo, OutboxStore store, Contract<DomainEvent> contract) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
        this.contract = contract;
    }

    @Override
    public ServicePoint save(ServicePoint servicePoint) {
        return store.save(ServicePointDocument.of(servicePoint), servicePoint, contract).toServicePoint();
    }

    @Override
    public Optional<ServicePoint> find(String id) {
        return repository.findById(id).map(ServicePointDocument::toServicePoint);
    }

    @Override
    public ServicePointPage search(ServicePointFilter filter, int page, int size) {
        PagedSearch.Found<ServicePoint> found = PagedSearch.where().is("type", filter.type()).is("services", filter.service())
                .page(mongo, ServicePointDocument.class, Sort.by("name", "id"), page, size, ServicePointDocument::toServicePoint);
        return new ServicePointPage(found.items(), page, size, found.total());
    }
}
