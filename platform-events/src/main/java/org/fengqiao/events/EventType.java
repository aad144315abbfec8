package org.fengqiao.events;

import java.net.URI;

/**
 * One published event type: its name (the CloudEvents {@code type}), the topic it is published
 * on, its schema version and the record it maps to.
 */
public record EventType<T extends PlatformEvent>(String name, String topic, int version, Class<T> recordType) {

    /** Where the JSON Schema of this version lives, relative to the contract's resources. */
    public String schemaResource() {
        return "/org/fengqiao/events/schemas/" + name + ".v" + version + ".schema.json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    public URI dataSchema() {
        return URI.create("urn:fengqiao:events:" + name + ":v" + version);
    }
}
