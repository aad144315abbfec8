package org.fengqiao.notification.templates.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.templates.application.Templates;
import org.fengqiao.notification.templates.model.Template;
import org.fengqiao.kit.persistence.ReadThroughCache;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoTemplates implements Templates {

    @Document("templates")
    static class TemplateDocument {
        @Id
        String id;
        String eventType;
        String language;
        String title;
        String body;
    }

    private final MongoTemplate mongo;
    /** Read for every notification composed; an operator's change is seen at once here, within ten seconds on other replicas. */
    private final ReadThroughCache<String, Optional<Template>> cache = new ReadThroughCache<>(Duration.ofSeconds(10), 10_000);

    MongoTemplates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Template> find(String eventType, String language) {
        return cache.get(eventType + ":" + language,
                id -> Optional.ofNullable(mongo.findById(id, TemplateDocument.class)).map(MongoTemplates::template));
    }

    @Override
    public Template save(Template template) {
        TemplateDocument d = new TemplateDocument();
        d.id = template.id();
        d.eventType = template.eventType();
        d.language = template.language();
        d.title = template.title();
        d.body = template.body();
        Template saved = template(mongo.save(d));
        cache.forget(d.id);
        return saved;
    }

    @Override
    public List<Template> all() {
        return mongo.find(new Query().with(Sort.by("_id")), TemplateDocument.class).stream().map(MongoTemplates::template).toList();
    }

    private static Template template(TemplateDocument d) {
        return new Template(d.eventType, d.language, d.title, d.body);
    }
}
