package org.fengqiao.patrol.team.persistence;

import java.util.Optional;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.patrol.team.application.PatrolTeamFilter;
import org.fengqiao.patrol.team.application.PatrolTeamPage;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.application.TeamNameTakenException;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPatrolTeams implements PatrolTeams {

    private final PatrolTeamRepository repository;
    private final MongoTemplate mongo;
    private final OutboxStore store;

    MongoPatrolTeams(PatrolTeamRepository repository, MongoTemplate mongo, OutboxStore store) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public PatrolTeam save(PatrolTeam team) {
        try {
            return store.save(PatrolTeamDocument.of(team)).toPatrolTeam();
        } catch (DuplicateKeyException e) {
            // another registration with the same name won the race since RegisterPatrolTeam checked
            throw new TeamNameTakenException(team.name());
        }
    }

    @Override
    public Optional<PatrolTeam> find(String id) {
        return repository.findById(id).map(PatrolTeamDocument::toPatrolTeam);
    }

    @Override
    public boolean nameTaken(String nameKey) {
        return repository.existsByNameKey(nameKey);
    }

    @Override
    public PatrolTeamPage search(PatrolTeamFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.type() != null) {
            criteria.and("type").is(filter.type());
        }
        if (filter.gridBlockId() != null) {
            criteria.and("gridBlockIds").is(filter.gridBlockId());
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, PatrolTeamDocument.class);
        query.with(Sort.by("nameKey", "id")).skip((long) page * size).limit(size);
        return new PatrolTeamPage(mongo.find(query, PatrolTeamDocument.class).stream()
                .map(PatrolTeamDocument::toPatrolTeam).toList(), page, size, total);
    }
}
