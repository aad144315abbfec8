package org.fengqiao.notification.templates.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.notification.notification.application.Compose;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.Urgency;
import org.fengqiao.notification.templates.application.Templates;
import org.fengqiao.notification.templates.model.Template;
import org.fengqiao.notification.templates.model.TemplateRenderer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Message templates per event type and language, and a preview of one filled with a payload. */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Templates", description = "What notifications say, per event type, in zh-CN and en")
class TemplateController {

    record TemplateRequest(@Schema(example = "新报矛盾纠纷：{{gridCellName}}") @NotBlank @Size(max = 300) String title,
                           @Schema(example = "{{description}}") @NotBlank @Size(max = 4000) String body) {
    }

    record PreviewRequest(@Schema(example = "zh-CN") String language, @NotNull Map<String, Object> payload, Urgency urgency) {
    }

    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final Templates templates;
    private final Compose compose;

    TemplateController(Templates templates, Compose compose) {
        this.templates = templates;
        this.compose = compose;
    }

    @GetMapping
    @Operation(summary = "Every template")
    List<Template> all() {
        return templates.all();
    }

    @PutMapping("/{eventType}/{language}")
    @Operation(summary = "Create or replace the template of an event type in a language (zh-CN or en)")
    Template put(@PathVariable String eventType, @PathVariable String language, @Valid @RequestBody TemplateRequest request) {
        check(eventType, language);
        return templates.save(new Template(eventType, language, request.title(), request.body()));
    }

    @PostMapping("/{eventType}/preview")
    @Operation(summary = "Render an event type's template with a payload, as a recipient of that language would read it",
            description = "Lists the variables that had no value in 'missing'.")
    TemplateRenderer.Rendered preview(@PathVariable String eventType, @Valid @RequestBody PreviewRequest request) {
        String language = request.language() == null ? "zh-CN" : request.language();
        check(eventType, language);
        Recipient reader = new Recipient("preview", "预览 / preview", Recipient.Kind.PERSON, language, null, null, null);
        return compose.render(eventType, reader, new Payload(request.payload()), request.urgency() == null ? Urgency.ROUTINE : request.urgency());
    }

    private static void check(String eventType, String language) {
        if (EventCatalog.byName(eventType).isEmpty()) {
            throw new InvalidFieldException("eventType", "not a published event type: " + eventType);
        }
        if (!LANGUAGES.contains(language)) {
            throw new InvalidFieldException("language", "zh-CN or en, not " + language);
        }
    }
}
