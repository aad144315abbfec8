package org.fengqiao.kit.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * When documents fall due (a dispute's deadline, an alert's next repeat), filed by the minute: one
 * small document per minute lists the ids due in it. A watcher reads the minutes since it last
 * looked, by key, so finding what is due costs the same with a hundred documents stored or a
 * million; a query on the due time itself would scan the whole collection on the embedded store.
 *
 * <p>An entry is a hint, not the truth: file the time before writing the document that carries it
 * (a crash between leaves a hint that names nothing due, never a due document nobody finds), and
 * let the watcher check the document itself, which a changed or met deadline no longer matches.
 * A watcher that starts after being down looks once at the documents themselves (a bounded,
 * one-off sweep) and from then on only here.
 */
public final class DueIndex {

    private static final String IDS = "ids";
    /** Minutes read in one query. */
    private static final int KEYS_PER_READ = 240;

    private final MongoTemplate mongo;
    private final String collection;

    public DueIndex(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Files {@code id} as due at {@code at}; filing it again changes nothing. */
    public void file(String id, Instant at) {
        mongo.upsert(new Query(Criteria.where("_id").is(minute(at))), new Update().addToSet(IDS, id), collection);
    }

    /**
     * The ids filed for the minutes from {@code from}'s up to and including {@code to}'s, oldest
     * minute first, each once.
     */
    public List<String> dueBetween(Instant from, Instant to) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> minutes = new ArrayList<>();
        for (Instant m = from.truncatedTo(ChronoUnit.MINUTES); !m.isAfter(to); m = m.plus(1, ChronoUnit.MINUTES)) {
            minutes.add(minute(m));
            if (minutes.size() == KEYS_PER_READ) {
                read(minutes, ids);
                minutes.clear();
            }
        }
        read(minutes, ids);
        return List.copyOf(ids);
    }

    private void read(List<String> minutes, Set<String> ids) {
        if (minutes.isEmpty()) {
            return;
        }
        List<Document> found = mongo.find(new Query(Criteria.where("_id").in(minutes)), Document.class, collection);
        found.sort((a, b) -> a.getString("_id").compareTo(b.getString("_id")));
        found.forEach(d -> ids.addAll(d.getList(IDS, String.class, List.of())));
    }

    private static String minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
