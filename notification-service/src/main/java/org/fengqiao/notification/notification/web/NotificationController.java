package org.fengqiao.notification.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.web.PageView;
import org.fengqiao.notification.notification.application.Notifications;
import org.fengqiao.notification.notification.model.Notification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A recipient's in-app inbox. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "What each person on the platform has been told")
class NotificationController {

    private static final String INBOX_EXAMPLE = """
            {"items":[{"id":"5b0c9a8e-3f1d-3c51-9a43-0f6f3c1c2a11","recipientId":"CO-01","channel":"IN_APP",
              "title":"New dispute in Maple Court estate (GC-101)",
              "body":"WAGE_ARREARS, 40 people involved: Three months of wages unpaid. Reported by IV-0007.",
              "subjectId":"9d2f...","triggerEventId":"e1c4...","triggerEventType":"DisputeReported",
              "createdAt":"2026-03-02T08:15:31Z"}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "A recipient's notifications", description = "Newest first.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", examples = @ExampleObject(value = INBOX_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "recipient missing", content = @Content(mediaType = "application/problem+json"))
    PageView<Notification> inbox(@Parameter(description = "Person or desk id", example = "CO-01") @RequestParam @NotBlank String recipient,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        long total = notifications.countForRecipient(recipient);
        return PageView.of(notifications.forRecipient(recipient, page, size), page, size, total);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one notification")
    @ApiResponse(responseCode = "404", description = "No such notification", content = @Content(mediaType = "application/problem+json"))
    Notification get(@PathVariable String id) {
        return notifications.find(id).orElseThrow(() -> new NotFoundException("notification", id));
    }
}
