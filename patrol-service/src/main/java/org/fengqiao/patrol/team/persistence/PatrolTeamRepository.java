package org.fengqiao.patrol.team.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PatrolTeamRepository extends MongoRepository<PatrolTeamDocument, String> {

    boolean existsByNameKey(String nameKey);
}
