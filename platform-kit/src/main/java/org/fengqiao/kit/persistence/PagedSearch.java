package org.fengqiao.kit.persistence;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A list API's search: optional equality filters (a null value does not filter), a total count
 * and one page in a stable order. Each service keeps only its filters and its sort.
 */
public final class PagedSearch {

    /** One page of results and how many there are in all. */
    public record Found<T>(List<T> items, long total) {
    }

    private final Criteria criteria = new Criteria();

    public static PagedSearch where() {
        return new PagedSearch();
    }

    /** Adds {@code field == value}, unless {@code value} is null. */
    public PagedSearch is(String field, Object value) {
        if (value != null) {
            criteria.and(field).is(value);
        }
        return this;
    }

    /**
     * Counts the matches and reads page {@code page} of {@code size}; {@code sort} should end with a
     * unique field so pages do not overlap.
     */
    public <D, T> Found<T> page(MongoTemplate mongo, Class<D> document, Sort sort, int page, int size, Function<D, T> map) {
        Query query = new Query(criteria);
        long total = mongo.count(query, document);
        query.with(sort).skip((long) page * size).limit(size);
        return new Found<>(mongo.find(query, document).stream().map(map).toList(), total);
    }
}
