package org.fengqiao.notification.templates.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fengqiao.notification.templates.application.TemplateKeys;
import org.fengqiao.notification.templates.application.Templates;
import org.fengqiao.notification.templates.model.Template;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Message templates per event type and language (their preview is the notification feature's: it renders them). */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Templates", description = "What notifications say, per event type, in zh-CN and en")
class TemplateController {

    record TemplateRequest(@Schema(example = "新报矛盾纠纷：{{gridCellName}}") @NotBlank @Size(max = 300) String title,
                           @Schema(example = "{{description}}") @NotBlank @Size(max = 4000) String body) {
    }

    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Every template")
    List<Template> all() {
        return templates.all();
    }

    @PutMapping("/{eventType}/{language}")
    @Operation(summary = "Create or replace the template of an event type in a language (zh-CN or en)")
    Template put(@PathVariable String eventType, @PathVariable String language, @Valid @RequestBody TemplateRequest request) {
        TemplateKeys.check(eventType, language);
        return templates.save(new Template(eventType, language, request.title(), request.body()));
    }
}
