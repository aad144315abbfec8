package org.fengqiao.events;

import java.time.Instant;

/**
 * The CloudEvents 1.0 attributes of one event, carried in Kafka binary mode: each attribute is a
 * record header ({@code ce_id}, {@code ce_source}, ...), the JSON payload is the record value.
 *
 * @param id            unique per event; consumers deduplicate on it
 * @param source        the producing service, e.g. {@code /dispute-service}
 * @param type          the event type, e.g. {@code DisputeReported}
 * @param time          when the fact happened
 * @param subject       the aggregate id (also the record key)
 * @param correlationId shared by every event of one flow across services (extension {@code correlationid})
 * @param causationId   id of the event or request that caused this one, if any (extension {@code causationid})
 */
public record EventEnvelope(String id, String source, String type, Instant time, String subject,
                            String correlationId, String causationId) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_DATA_SCHEMA = "ce_dataschema";
    public static final String HEADER_CORRELATION_ID = "ce_correlationid";
    public static final String HEADER_CAUSATION_ID = "ce_causationid";
    public static final String HEADER_CONTENT_TYPE = "content-type";

    public EventEnvelope {
        Require.text(id, HEADER_ID);
        Require.text(source, HEADER_SOURCE);
        Require.text(type, HEADER_TYPE);
        Require.present(time, HEADER_TIME);
        Require.text(correlationId, HEADER_CORRELATION_ID);
    }
}
