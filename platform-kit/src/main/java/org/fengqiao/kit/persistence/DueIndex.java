package org.fengqiao.kit.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * When documents fall due (a dispute's deadline, an alert's next repeat), filed by the minute: the
 * ids due in a minute are listed under it in small buckets ({@link BucketedIds}), so a burst of
 * thousands of reports in one minute costs each the same small writes. A watcher reads the
 * minutes since it last looked, by key, so finding what is due costs the same with a hundred documents stored or a
 * million; a query on the due time itself would scan the whole collection on the embedded store.
 *
 * <p>An entry is a hint, not the truth: file the time before writing the document that carries it
 * (a crash between leaves a hint that names nothing due, never a due document nobody finds), and
 * let the watcher check the document itself, which a changed or met deadline no longer matches.
 * A watcher that starts after being down looks once at the documents themselves (a bounded,
 * one-off sweep) and from then on only here.
 */
public final class DueIndex {

    /** Minutes read in one query. */
    private static final int KEYS_PER_READ = 240;

    private final BucketedIds minutes;

    public DueIndex(MongoTemplate mongo, String collection) {
        this.minutes = new BucketedIds(mongo, collection);
    }

    /** Files {@code id} as due at {@code at}; filing it again in the same minute lists it once. */
    public void file(String id, Instant at) {
        minutes.add(minute(at), id);
    }

    /**
     * The ids filed for the minutes from {@code from}'s up to and including {@code to}'s, oldest
     * minute first, each once.
     */
    public List<String> dueBetween(Instant from, Instant to) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        for (Instant m = from.truncatedTo(ChronoUnit.MINUTES); !m.isAfter(to); m = m.plus(1, ChronoUnit.MINUTES)) {
            keys.add(minute(m));
            if (keys.size() == KEYS_PER_READ) {
                ids.addAll(minutes.ofAll(keys));
                keys.clear();
            }
        }
        ids.addAll(minutes.ofAll(keys));
        return List.copyOf(ids);
    }

    private static String minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
