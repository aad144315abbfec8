package org.fengqiao.dispute.kpi.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.fengqiao.dispute.kpi.application.KpiTallies;
import org.fengqiao.dispute.kpi.model.KpiTally;
import org.fengqiao.kit.persistence.ContendedWrites;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.kit.persistence.LastWritten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The running tallies in collection {@code dispute_kpi_tallies}: one document per day (a date of
 * the station's zone, {@code dispute.kpi.zone}) and partition read
 * ({@code <day>|<topic>-<partition>}), holding per grid cell the tally of the disputes reported
 * that day whose events came from that partition, the last offset added
 * ({@code off}) and a version ({@code v}). A dispute's events all come from one partition (its key),
 * so each document has one writer, which keeps the document it last wrote in memory: adding is one
 * write by {@code _id} and {@code v} (a unique index on both serves it on the embedded store too),
 * and a record at or below {@code off} (read again after a restart) adds nothing. Should another
 * writer have changed it (the partition moved to another instance and back), the write matches
 * nothing and the document is read again. A day's documents are listed in
 * {@code dispute_kpi_tally_days} (written before the document it names). A document's size follows
 * its day's grid cells and durations binned 1% wide, never the number of disputes.
 */
@Repository
class MongoKpiTallies implements KpiTallies {

    static final String COLLECTION = "dispute_kpi_tallies";
    static final String DAYS = "dispute_kpi_tally_days";
    /** The part that events without a position, and those filed when the tallies were first built, add to. */
    static final String UNPLACED = "unplaced";
    private static final int TRIES = 20;

    private final MongoTemplate mongo;
    private final ZoneId zone;
    private final LastWritten<Document> written = new LastWritten<>(1_024);
    private final ContendedWrites writes = new ContendedWrites(TRIES);
    /** Whether the store held no tallies when this started: the log's disputes are then filed once. */
    private final boolean firstStart;

    MongoKpiTallies(MongoTemplate mongo, @Value("${dispute.kpi.zone}") ZoneId zone) {
        this.mongo = mongo;
        this.zone = zone;
        this.firstStart = !mongo.collectionExists(DAYS);
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique().named("_id_v"));
    }

    boolean firstStart() {
        return firstStart;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void addAll(List<Change> changes) {
        // one write per document touched, each with its changes in the order they were read
        Map<String, List<Change>> byPart = new LinkedHashMap<>();
        for (Change change : changes) {
            if (!change.tally().isEmpty()) {
                String day = LocalDate.ofInstant(change.reportedAt(), zone).toString();
                byPart.computeIfAbsent(day + "|" + (change.position() == null ? UNPLACED : change.position().partitionName()),
                        id -> new ArrayList<>()).add(change);
            }
        }
        byPart.forEach(this::addTo);
    }

    private void addTo(String id, List<Change> changes) {
        String day = id.substring(0, id.indexOf('|'));
        writes.run(id, () -> {
            Document current = written.get(id);
            if (current == null) {
                current = mongo.findById(id, Document.class, COLLECTION);
            }
            Document next = current == null ? new Document("_id", id).append("day", day).append("v", 0L).append("off", -1L) : current;
            for (Change change : changes) {
                long offset = change.position() == null ? -1 : change.position().offset();
                if (change.position() == null || next.get("off", Number.class).longValue() < offset) {
                    next = withChange(next, change.gridCellId(), change.tally(), offset);
                }
            }
            if (current == null) {
                mongo.upsert(new Query(Criteria.where("_id").is(day)), new Update().addToSet("parts", id), DAYS);
                try {
                    mongo.insert(next, COLLECTION);
                } catch (DuplicateKeyException createdMeanwhile) {
                    written.forget(id);
                    throw createdMeanwhile;
                }
                written.remember(id, next);
                return;
            }
            if (next == current) {
                // every record read before: nothing to add
                written.remember(id, current);
                return;
            }
            long version = current.get("v", Number.class).longValue();
            next.append("v", version + 1);
            if (mongo.getCollection(COLLECTION).replaceOne(new Document("_id", id).append("v", version), next).getMatchedCount() != 1) {
                written.forget(id);
                throw new OptimisticLockingFailureException("the KPI tally " + id + " changed since version " + version);
            }
            written.remember(id, next);
        });
    }

    /**
     * Files the shares of disputes logged before the tallies existed, added up by day and grid
     * cell, under {@code <day>|unplaced}, one document per day; a day filed already (by another
     * instance starting at the same time) is left as it is.
     */
    void file(List<KpiTally.Share> shares) {
        Map<String, Map<String, KpiTally>> byDayAndCell = new TreeMap<>();
        shares.forEach(share -> byDayAndCell.computeIfAbsent(LocalDate.ofInstant(share.reportedAt(), zone).toString(), day -> new TreeMap<>())
                .merge(share.gridCellId(), share.tally(), KpiTally::plus));
        byDayAndCell.forEach((day, cells) -> {
            String id = day + "|" + UNPLACED;
            Document filed = new Document("_id", id).append("day", day).append("v", 0L).append("off", -1L);
            for (Map.Entry<String, KpiTally> cell : cells.entrySet()) {
                filed = withChange(filed, cell.getKey(), cell.getValue(), -1);
            }
            mongo.upsert(new Query(Criteria.where("_id").is(day)), new Update().addToSet("parts", id), DAYS);
            try {
                mongo.insert(filed, COLLECTION);
            } catch (DuplicateKeyException filedMeanwhile) {
                // the same figures, filed by another instance
            }
        });
    }

    @Override
    public Map<String, KpiTally> byGridCell(List<LocalDate> days) {
        List<String> parts = new ArrayList<>();
        KeyedIds.byIds(mongo, days.stream().map(LocalDate::toString).toList(), Document.class, DAYS).forEach(day -> parts.addAll(day.getList("parts", String.class, List.of())));
        Map<String, KpiTally> byCell = new TreeMap<>();
        for (Document part : KeyedIds.byIds(mongo, parts, Document.class, COLLECTION)) {
            cells(part).forEach((cell, tally) -> byCell.merge(cell, tally, KpiTally::plus));
        }
        byCell.values().removeIf(KpiTally::isEmpty);
        return byCell;
    }

    /** A copy of {@code part} with {@code change} added to {@code cell}'s tally and {@code off} moved on. */
    private static Document withChange(Document part, String cell, KpiTally change, long offset) {
        Map<String, KpiTally> cells = new LinkedHashMap<>(cells(part));
        cells.merge(cell, change, KpiTally::plus);
        List<Document> stored = new ArrayList<>();
        cells.forEach((name, tally) -> {
            Document n = new Document();
            tally.sums().forEach((sum, value) -> n.append(sum.replace('.', ':'), value));
            stored.add(new Document("cell", name).append("n", n));
        });
        Document next = new Document(part);
        next.put("cells", stored);
        next.put("off", Math.max(part.get("off", Number.class).longValue(), offset));
        return next;
    }

    private static Map<String, KpiTally> cells(Document part) {
        Map<String, KpiTally> cells = new LinkedHashMap<>();
        for (Document cell : part.getList("cells", Document.class, List.of())) {
            Map<String, Long> sums = new HashMap<>();
            cell.get("n", Document.class).forEach((sum, value) -> sums.put(sum.replace(':', '.'), ((Number) value).longValue()));
            cells.put(cell.getString("cell"), KpiTally.of(sums));
        }
        return cells;
    }
}
