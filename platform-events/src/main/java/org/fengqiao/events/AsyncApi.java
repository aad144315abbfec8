package org.fengqiao.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public contract as an AsyncAPI 3.0 document ({@value #RESOURCE}): the four topics with their
 * keys and producers, every event type of the {@link EventCatalog} as a message with its
 * CloudEvents headers and its JSON Schema as the payload, the dead-letter topics of the consumer
 * groups, and the evolution rules. Generated from the catalog and the schemas, so it cannot say
 * something they do not; {@code AsyncApiTest} keeps the committed file equal to what this makes
 * and validates it against the AsyncAPI 3.0 schema.
 */
public final class AsyncApi {

    /** Where the generated document is kept, on the classpath. */
    public static final String RESOURCE = "/org/fengqiao/events/asyncapi.json";

    /** Each topic: its record key, who produces it, and the consumer groups that have a dead-letter topic on it. */
    record Channel(String topic, String key, String producer, List<String> deadLetterGroups) {
    }

    static final List<Channel> CHANNELS = List.of(
            new Channel(Topics.DISPUTE_EVENTS, "the dispute id", "dispute-service",
                    List.of("notification-service", "dispute-service-kpis", "patrol-service")),
            new Channel(Topics.PATROL_EVENTS, "the team, shift, incident or duty id (the event's aggregate)", "patrol-service",
                    List.of("dispute-service-intake", "notification-service")),
            new Channel(Topics.CITIZEN_EVENTS, "the service point, visit, appointment, request or lost item id (the event's aggregate)",
                    "citizen-service", List.of("dispute-service-intake", "notification-service", "patrol-service")),
            new Channel(Topics.NOTIFICATION_EVENTS, "the notification id (the alert id for acknowledgements)", "notification-service",
                    List.of()));

    private static final String EVOLUTION = """
            Every record is a CloudEvents 1.0 event in Kafka binary mode: the JSON payload is the value, \
            the attributes are headers. Evolution rules: only optional fields are added; a field is never \
            renamed or reused; readers ignore unknown fields and read unknown values of the enums that have \
            an OTHER value as OTHER; RiskLevel, DisputeLayer and ClosureReason are closed (an unknown value \
            is a contract break and is dead-lettered); a breaking change is a new type (a new ce_type or \
            version in ce_dataschema). A record one consumer group cannot process goes once to that group's \
            dead-letter topic, with its original headers and the exception.""";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The document, generated from the catalog and the schemas. */
    public static ObjectNode document() {
        ObjectNode doc = JSON.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Fengqiao community-policing platform: events");
        info.put("version", "1.0.0");
        info.put("description", EVOLUTION);
        doc.put("defaultContentType", "application/json");
        ObjectNode servers = doc.putObject("servers");
        servers.set("local", server("localhost:9092", "the local stack's broker (local-stack/run.sh)"));
        servers.set("compose", server("kafka:9092", "the broker inside docker-compose's network"));

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = JSON.objectNode();
        ObjectNode schemas = JSON.objectNode();
        schemas.set("CloudEventsHeaders", headers());
        for (Channel channel : CHANNELS) {
            List<EventType<?>> types = EventCatalog.ALL.stream().filter(type -> type.topic().equals(channel.topic())).toList();
            ObjectNode published = channels.putObject(channel.topic());
            published.put("address", channel.topic());
            published.put("title", channel.topic());
            published.put("description", "Produced by " + channel.producer() + ". Record key: " + channel.key()
                    + ", so one aggregate's events stay in order on one partition.");
            ObjectNode channelMessages = published.putObject("messages");
            ArrayNode operationMessages = JSON.arrayNode();
            for (EventType<?> type : types) {
                messages.set(type.name(), message(type));
                schemas.set(type.name(), payloadSchema(type));
                channelMessages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name());
                operationMessages.addObject().put("$ref", "#/channels/" + pointer(channel.topic()) + "/messages/" + type.name());
            }
            ObjectNode send = operations.putObject("publish-" + channel.topic().replace('.', '-'));
            send.put("action", "send");
            send.putObject("channel").put("$ref", "#/channels/" + pointer(channel.topic()));
            send.put("summary", channel.producer() + " publishes its events, from its outbox, in order per key");
            send.set("messages", operationMessages);

            if (!channel.deadLetterGroups().isEmpty()) {
                String name = channel.topic() + ".dlt";
                ObjectNode dlt = channels.putObject(name);
                dlt.put("address", channel.topic() + ".{consumerGroup}.dlt");
                dlt.put("title", "dead letters of " + channel.topic());
                dlt.put("description", "The records of " + channel.topic() + " that one consumer group could not process, each once,"
                        + " with its original headers and the exception; an operator replays them (POST /api/v1/dead-letters/{topic}/replay).");
                ObjectNode group = dlt.putObject("parameters").putObject("consumerGroup");
                ArrayNode groups = group.putArray("enum");
                channel.deadLetterGroups().forEach(groups::add);
                group.put("description", "the consumer group that gave up on the record");
                ObjectNode dltMessages = dlt.putObject("messages");
                types.forEach(type -> dltMessages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name()));
            }
        }
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas);
        components.set("messages", messages);
        ObjectNode login = components.putObject("securitySchemes").putObject("broker-login");
        login.put("type", "scramSha256");
        login.put("description", "Every client signs in (SASL/SCRAM-SHA-256) as a principal the broker's ACLs know: each service"
                + " writes only its own topic and its own dead-letter topics and reads only what it consumes; outside systems"
                + " get a read-only login for the four event topics (consumer groups starting with 'subscriber').");
        return doc;
    }

    /** The document as the committed file holds it: pretty-printed JSON ending in a newline. */
    public static String json() {
        return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document()) + "\n";
    }

    private static ObjectNode server(String host, String description) {
        ObjectNode server = JSON.objectNode();
        server.put("host", host);
        server.put("protocol", "kafka");
        server.put("description", description);
        server.putArray("security").addObject().put("$ref", "#/components/securitySchemes/broker-login");
        return server;
    }

    private static ObjectNode message(EventType<?> type) {
        JsonNode schema = eventSchema(type);
        ObjectNode message = JSON.objectNode();
        message.put("name", type.name());
        message.put("title", type.name());
        message.put("summary", schema.path("description").asString(type.name()));
        message.put("contentType", "application/json");
        message.putObject("headers").put("$ref", "#/components/schemas/CloudEventsHeaders");
        message.putObject("payload").put("$ref", "#/components/schemas/" + type.name());
        message.putObject("correlationId").put("description", "the whole flow this event belongs to")
                .put("location", "$message.header#/ce_correlationid");
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "the aggregate id (also ce_subject)");
        kafka.put("bindingVersion", "0.5.0");
        message.put("x-dataschema", "urn:fengqiao:events:" + type.name() + ":v" + type.version());
        return message;
    }

    /** The event's JSON Schema as the payload: its own keywords, without the document-level $schema and $id. */
    private static ObjectNode payloadSchema(EventType<?> type) {
        ObjectNode schema = (ObjectNode) eventSchema(type).deepCopy();
        schema.remove("$schema");
        schema.remove("$id");
        return schema;
    }

    private static ObjectNode headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "always 1.0");
        headers.put("ce_id", "unique per event; consumers deduplicate on it");
        headers.put("ce_source", "/<service>, the producer");
        headers.put("ce_type", "the event type, the message's name");
        headers.put("ce_time", "when it happened: one of the payload's own time fields (RFC 3339)");
        headers.put("ce_subject", "the aggregate id, also the record key");
        headers.put("ce_dataschema", "urn:fengqiao:events:<Type>:v<N>");
        headers.put("content-type", "application/json");
        headers.put("ce_correlationid", "the whole flow (extension)");
        headers.put("ce_causationid", "the event that caused this one, when there is one (extension)");
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        schema.put("description", "CloudEvents 1.0 attributes in Kafka binary mode, one header each");
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        headers.forEach((name, description) -> {
            ObjectNode property = properties.putObject(name);
            property.put("type", "string");
            property.put("description", description);
            if (!name.equals("ce_causationid")) {
                required.add(name);
            }
        });
        ((ObjectNode) properties.get("ce_specversion")).putArray("enum").add("1.0");
        return schema;
    }

    private static JsonNode eventSchema(EventType<?> type) {
        try (InputStream in = AsyncApi.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema " + type.schemaResource());
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A channel name as a JSON pointer segment ("." needs no escaping; "/" and "~" would). */
    private static String pointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private AsyncApi() {
    }
}
