package org.fengqiao.citizen.request.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.request.application.EnterpriseIntakes;
import org.fengqiao.citizen.request.application.PersonalDataAudit;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Enterprise intake batches and the log of who read unmasked personal data. */
@Repository
class MongoEnterpriseIntakes implements EnterpriseIntakes, PersonalDataAudit {

    private static final String INTAKES = "enterprise_intakes";
    private static final String ACCESS_LOG = "personal_data_access";

    private final MongoTemplate mongo;

    MongoEnterpriseIntakes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public EnterpriseIntake save(EnterpriseIntake intake) {
        mongo.save(intake, INTAKES);
        return intake;
    }

    @Override
    public Optional<EnterpriseIntake> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EnterpriseIntake.class, INTAKES));
    }

    @Override
    public long countCollected(Instant from, Instant to) {
        return mongo.count(new Query(Criteria.where("collectedAt").gte(from).lt(to)), EnterpriseIntake.class, INTAKES);
    }

    @Override
    public void record(Access access) {
        mongo.insert(access, ACCESS_LOG);
    }

    @Override
    public List<Access> forRequest(String requestId) {
        return mongo.find(new Query(Criteria.where("requestId").is(requestId)).with(Sort.by("at")), Access.class, ACCESS_LOG);
    }
}
