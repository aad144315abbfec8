package org.fengqiao.patrol.team.persistence;

import java.util.Optional;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.PagedSearch;
import org.fengqiao.patrol.team.application.PatrolTeamFilter;
import org.fengqiao.patrol.team.application.PatrolTeamPage;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.application.TeamNameTakenException;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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
        PagedSearch.Found<PatrolTeam> found = PagedSearch.where().is("type", filter.type()).is("gridBlockIds", filter.gridBlockId())
                .page(mongo, PatrolTeamDocument.class, Sort.by("nameKey", "id"), page, size, PatrolTeamDocument::toPatrolTeam);
        return new PatrolTeamPage(found.items(), page, size, found.total());
    }
}
