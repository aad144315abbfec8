package org.fengqiao.citizen.request.persistence;

import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.request.application.EnterpriseIntakes;
import org.fengqiao.citizen.request.application.PersonalDataAudit;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.fengqiao.citizen.tally.persistence.TallyMarks;
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
    private final TallyMarks tallies;

    MongoEnterpriseIntakes(MongoTemplate mongo, TallyMarks tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
        tallies.source(INTAKES, EnterpriseIntake.class, this::tallyEntries);
    }

    @Override
    public EnterpriseIntake save(EnterpriseIntake intake) {
        mongo.save(intake, INTAKES);
        tallies.settle(INTAKES, intake.id(), null, tallyEntries(intake));
        return intake;
    }

    private List<TallyEntry> tallyEntries(EnterpriseIntake intake) {
        return tallies.book().enterpriseIntakeCollected(intake.id(), intake.collectedAt());
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
