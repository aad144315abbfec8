package org.fengqiao.notification.templates.application;

import java.util.List;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.kit.failure.InvalidFieldException;

/** What a template is kept under: a published event type and one of the languages notifications are written in. */
public final class TemplateKeys {

    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Refuses, naming the field, an event type that is not published or a language not written in. */
    public static void check(String eventType, String language) {
        if (EventCatalog.byName(eventType).isEmpty()) {
            throw new InvalidFieldException("eventType", "not a published event type: " + eventType);
        }
        if (!LANGUAGES.contains(language)) {
            throw new InvalidFieldException("language", "zh-CN or en, not " + language);
        }
    }

    private TemplateKeys() {
    }
}
