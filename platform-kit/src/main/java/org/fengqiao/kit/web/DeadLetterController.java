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

    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/v1/dead-letters/{topic}/replay")
    @Operation(summary = "Send a dead-letter topic's records back to their original topic",
            description = "Each dead letter is replayed once; consumers ignore events they already handled.")
    DeadLetterReplay.Result replay(@Parameter(example = "dispute.events.notification-service.dlt") @PathVariable String topic) {
        if (!topic.endsWith(".dlt")) {
            throw new InvalidFieldException("topic", "not a dead-letter topic (they end in .dlt): " + topic);
        }
        return replay.replay(topic);
    }
}
