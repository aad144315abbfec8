package org.fengqiao.kit.outbox;

import java.util.List;

import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/** The collections whose documents extend {@link OutboxDocument}, found in the mapping context. */
public class OutboxCollections {

    private final MongoMappingContext mappingContext;
    private volatile List<String> names;

    public OutboxCollections(MongoMappingContext mappingContext) {
        this.mappingContext = mappingContext;
    }

    public List<String> names() {
        if (names == null) {
            names = mappingContext.getPersistentEntities().stream()
                    .filter(entity -> OutboxDocument.class.isAssignableFrom(entity.getType()))
                    .map(MongoPersistentEntity::getCollection)
                    .distinct()
                    .sorted()
                    .toList();
        }
        return names;
    }
}
