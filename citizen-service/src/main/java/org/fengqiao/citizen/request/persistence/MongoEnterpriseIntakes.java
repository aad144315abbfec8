package org.fengqiao.citizen.request.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.citizen.request.application.EnterpriseIntakes;
import org.fengqiao.citizen.request.application.PersonalDataAudit;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.persistence.CountedRecords;
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
    private final CountedRecords counted;

    MongoEnterpriseIntakes(MongoTemplate mongo, CountedRecords counted) {
        this.mongo = mongo;
        this.counted = counted;
        counted.source(INTAKES, EnterpriseIntake.class, this::tallyEntries);
    }

    @Override
    public EnterpriseIntake save(EnterpriseIntake intake) {
        mongo.save(intake, INTAKES);
        counted.written(INTAKES, intake);
        return intake;
    }

    private List<DayCounters.Entry> tallyEntries(EnterpriseIntake intake) {
        return List.of(counted.days().entry(intake.id(), "collected", intake.collectedAt(), Map.of(EnterpriseIntake.COUNTER, 1L)));
    }

    @Override
    public Optional<EnterpriseIntake> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EnterpriseIntake.class, INTAKES));
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
