package org.fengqiao.citizen.servicepoint.persistence;

import java.util.Optional;

import org.fengqiao.citizen.servicepoint.application.ServicePointFilter;
import org.fengqiao.citizen.servicepoint.application.ServicePointPage;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.kit.outbox.OutboxStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoServicePoints implements ServicePoints {

    private final ServicePointRepository repository;
    private final MongoTemplate mongo;
    private final OutboxStore store;

    MongoServicePoints(ServicePointRepository repository, MongoTemplate mongo, OutboxStore store) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public ServicePoint save(ServicePoint servicePoint) {
        return store.save(ServicePointDocument.of(servicePoint)).toServicePoint();
    }

    @Override
    public Optional<ServicePoint> find(String id) {
        return repository.findById(id).map(ServicePointDocument::toServicePoint);
    }

    @Override
    public ServicePointPage search(ServicePointFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.type() != null) {
            criteria.and("type").is(filter.type());
        }
        if (filter.service() != null) {
            criteria.and("services").is(filter.service());
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, ServicePointDocument.class);
        query.with(Sort.by("name", "id")).skip((long) page * size).limit(size);
        return new ServicePointPage(mongo.find(query, ServicePointDocument.class).stream()
                .map(ServicePointDocument::toServicePoint).toList(), page, size, total);
    }
}
