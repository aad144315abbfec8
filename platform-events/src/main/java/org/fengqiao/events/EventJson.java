package org.fengqiao.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads, shared by producers and consumers. Tolerant reader:
 * unknown fields are ignored and unknown enum values read as the enum's default, so adding
 * optional fields or values never breaks an older consumer.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static String write(PlatformEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    /**
     * Reads a payload into its record.
     *
     * @throws InvalidEventException when the JSON is malformed or breaks the contract
     */
    public static <T extends PlatformEvent> T read(byte[] json, EventType<T> type) {
        try {
            return MAPPER.readValue(json, type.recordType());
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidEventException invalid) {
                throw invalid;
            }
            throw new InvalidEventException("payload", "not a valid " + type.name() + ": " + e.getOriginalMessage());
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    private EventJson() {
    }
}
