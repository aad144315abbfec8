package org.fengqiao.patrol.team.persistence;

import java.util.List;
import java.util.Optional;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.KeyedIds;
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
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    /** The teams of each grid block, listed before the team is written; a team that left a block is filtered out on reading. */
    private final KeyedIds onBlock;

    MongoPatrolTeams(PatrolTeamRepository repository, MongoTemplate mongo, OutboxStore store, Contract<DomainEvent> contract) {
        this.contract = contract;
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
        this.onBlock = new KeyedIds(mongo, "teams_by_block");
    }

    @Override
    public PatrolTeam save(PatrolTeam team) {
        PatrolTeamDocument document = PatrolTeamDocument.of(team);
        document.gridBlockIds.forEach(block -> onBlock.add(block, document.id));
        try {
            return store.save(document, team, contract).toPatrolTeam();
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
    public List<PatrolTeam> onBlock(String gridBlockId) {
        List<PatrolTeamDocument> listed = onBlock.documents(gridBlockId, PatrolTeamDocument.class).stream()
                .filter(d -> d.gridBlockIds != null && d.gridBlockIds.contains(gridBlockId)).toList();
        if (listed.isEmpty()) {
            // teams stored before blocks were listed by key: found once by a query, and listed from then on
            List<PatrolTeam> found = search(new PatrolTeamFilter(null, gridBlockId), 0, 50).items();
            found.forEach(team -> onBlock.add(gridBlockId, team.id()));
            return found;
        }
        return listed.stream().sorted(java.util.Comparator.comparing((PatrolTeamDocument d) -> d.nameKey).thenComparing(d -> d.id))
                .map(PatrolTeamDocument::toPatrolTeam).toList();
    }

    @Override
    public PatrolTeamPage search(PatrolTeamFilter filter, int page, int size) {
        PagedSearch.Found<PatrolTeam> found = PagedSearch.where().is("type", filter.type()).is("gridBlockIds", filter.gridBlockId())
                .page(mongo, PatrolTeamDocument.class, Sort.by("nameKey", "id"), page, size, PatrolTeamDocument::toPatrolTeam);
        return new PatrolTeamPage(found.items(), page, size, found.total());
    }
}
