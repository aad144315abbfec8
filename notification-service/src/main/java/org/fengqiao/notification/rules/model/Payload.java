package org.fengqiao.notification.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's payload as rules and templates see it: nested maps and lists, read by dotted paths.
 * Built from the published JSON, so it holds whatever the event type carries.
 */
public final class Payload {

    private final Map<String, Object> root;

    public Payload(Map<String, Object> root) {
        this.root = Collections.unmodifiableMap(new LinkedHashMap<>(root));
    }

    /** The value at a dotted path, or null. */
    public Object at(String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** The value at a path as texts: a list gives one text per element, a missing value none. */
    public List<String> texts(String path) {
        Object value = at(path);
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(item -> item != null && !(item instanceof Map)).forEach(item -> texts.add(String.valueOf(item)));
        } else if (value != null && !(value instanceof Map)) {
            texts.add(String.valueOf(value));
        }
        return texts;
    }

    public Map<String, Object> asMap() {
        return root;
    }
}
