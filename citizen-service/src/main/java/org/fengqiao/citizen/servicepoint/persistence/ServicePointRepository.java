package org.fengqiao.citizen.servicepoint.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ServicePointRepository extends MongoRepository<ServicePointDocument, String> {
}
