package org.fengqiao.notification.templates.model;

import java.util.Objects;

/**
 * What a notification says for one event type in one language. {@code {{path}}} is replaced by the
 * payload's field at that dotted path (a list is joined with ", "), or by one of the variables the
 * service adds: {@code gridCellName}, {@code recipientName}, {@code urgency}.
 */
public record Template(String eventType, String language, String title, String body) {

    public Template {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    public String id() {
        return eventType + ":" + language;
    }
}
