package org.fengqiao.dispute.prevention.persistence;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.dispute.prevention.application.PublicitySessions;
import org.fengqiao.dispute.prevention.model.PublicitySession;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPublicitySessions implements PublicitySessions {

    private static final String COLLECTION = "publicity_sessions";

    private final MongoTemplate mongo;

    MongoPublicitySessions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public PublicitySession save(PublicitySession session) {
        return mongo.insert(session, COLLECTION);
    }

    @Override
    public List<PublicitySession> heldBetween(LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where("heldOn").gte(from).lte(to)).with(Sort.by("heldOn")), PublicitySession.class, COLLECTION);
    }

    @Override
    public List<PublicitySession> ofUnit(String unitId) {
        return mongo.find(Query.query(Criteria.where("unitId").is(unitId)).with(Sort.by("heldOn")), PublicitySession.class, COLLECTION);
    }
}
