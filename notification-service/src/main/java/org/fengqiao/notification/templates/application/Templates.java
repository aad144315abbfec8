package org.fengqiao.notification.templates.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.templates.model.Template;

/** The message templates, per event type and language. */
public interface Templates {

    Optional<Template> find(String eventType, String language);

    Template save(Template template);

    List<Template> all();
}
