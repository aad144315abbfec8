package org.fengqiao.notification.notification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.notification.notification.application.Compose;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.Urgency;
import org.fengqiao.notification.templates.application.TemplateKeys;
import org.fengqiao.notification.templates.model.TemplateRenderer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A template filled with a payload exactly as a notification would be composed from it. */
@RestController
@Tag(name = "Templates")
class TemplatePreviewController {

    record PreviewRequest(@Schema(example = "zh-CN") @Size(max = 16) String language, @NotNull @Size(max = 100) Map<String, Object> payload,
                          Urgency urgency) {
    }

    private final Compose compose;

    TemplatePreviewController(Compose compose) {
        this.compose = compose;
    }

    @PostMapping("/api/v1/templates/{eventType}/preview")
    @Operation(summary = "Render an event type's template with a payload, as a recipient of that language would read it",
            description = "Lists the variables that had no value in 'missing'.")
    TemplateRenderer.Rendered preview(@PathVariable String eventType, @Valid @RequestBody PreviewRequest request) {
        String language = request.language() == null ? "zh-CN" : request.language();
        TemplateKeys.check(eventType, language);
        Recipient reader = new Recipient("preview", "预览 / preview", Recipient.Kind.PERSON, language, null, null, null);
        return compose.render(eventType, reader, new Payload(request.payload()), request.urgency() == null ? Urgency.ROUTINE : request.urgency());
    }
}
