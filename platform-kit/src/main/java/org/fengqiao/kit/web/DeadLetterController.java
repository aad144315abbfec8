package org.fengqiao.kit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.messaging.DeadLetterReplay;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's command to replay a dead-letter topic once the cause is fixed. */
@RestController
@Tag(name = "Operations")
public class DeadLetterController {

    /** A Kafka topic name (at most 249 of those characters) that ends in {@code .dlt}. */
    private static final java.util.regex.Pattern DEAD_LETTER_TOPIC = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,245}\\.dlt");

    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/v1/dead-letters/{topic}/replay")
    @Operation(summary = "Hand a dead-letter topic's records back to the consumer they failed in",
            description = "Each dead letter is replayed once, in this service (nothing is written back to the topic it came from);"
                    + " consumers ignore events they already handled. A record that fails again goes back to the dead-letter topic"
                    + " with the new reason. 404 when no consumer of this service has that dead-letter topic.")
    DeadLetterReplay.Result replay(@Parameter(example = "dispute.events.notification-service.dlt") @PathVariable String topic) {
        if (!DEAD_LETTER_TOPIC.matcher(topic).matches()) {
            throw new InvalidFieldException("topic", "not a dead-letter topic (letters, digits, '.', '_' and '-', ending in .dlt): " + topic);
        }
        return replay.replay(topic);
    }
}
