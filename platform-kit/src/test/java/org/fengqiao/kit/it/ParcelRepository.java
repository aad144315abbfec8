package org.fengqiao.kit.it;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ParcelRepository extends MongoRepository<ParcelDocument, String> {
}
