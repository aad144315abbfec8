package org.fengqiao.dispute.dispute.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DisputeRepository extends MongoRepository<DisputeDocument, String> {
}
