package org.fengqiao.notification.notification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.notification.notification.application.InboxAccess;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.web.PageView;
import org.fengqiao.notification.notification.application.AcknowledgeNotification;
import org.fengqiao.notification.notification.application.Notifications;
import org.fengqiao.notification.notification.application.ReplayParked;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Inboxes, their live streams, acknowledgements, and the parked deliveries an operator replays. */
@RestController
@Validated
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "What each person on the platform has been told, and on which channel")
class NotificationController {

    record AcknowledgeRequest(@Schema(description = "Deprecated: the signed-in person acknowledges; if given, it must be them.",
                                      example = "PO-01", deprecated = true) @Size(max = 64) String personId) {
    }

    private final Notifications notifications;
    private final AcknowledgeNotification acknowledge;
    private final ReplayParked replay;
    private final InboxStreams streams;
    private final InboxAccess access;

    NotificationController(Notifications notifications, AcknowledgeNotification acknowledge, ReplayParked replay, InboxStreams streams,
                           InboxAccess access) {
        this.notifications = notifications;
        this.acknowledge = acknowledge;
        this.replay = replay;
        this.streams = streams;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "A recipient's notifications, on every channel",
            description = "Newest first. With a status, the page and the total are of the inbox's newest 5,000 notifications in that status.")
    PageView<NotificationView> inbox(@Parameter(description = "Person, desk, team or department id; the signed-in person's own when left out",
                                             example = "CO-01")
                                     @RequestParam(required = false) String recipient, Caller caller,
                                     @RequestParam(required = false) DeliveryStatus status,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        String inbox = access.inboxFor(caller, recipient);
        Notifications.InboxPage found = notifications.inbox(inbox, status, page, size);
        return PageView.of(found.items().stream().map(NotificationView::of).toList(), page, size, found.total());
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A recipient's live in-app stream (Server-Sent Events)",
            description = "Each in-app notification arrives as an event named 'notification' whose id is the notification id.")
    SseEmitter stream(@Parameter(description = "the signed-in person's own when left out", example = "PO-01")
                      @RequestParam(required = false) String recipient, Caller caller) {
        return streams.open(access.inboxFor(caller, recipient));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one notification")
    @ApiResponse(responseCode = "404", description = "No such notification", content = @Content(mediaType = "application/problem+json"))
    NotificationView get(@PathVariable String id, Caller caller) {
        Notification notification = notifications.find(id).orElseThrow(() -> new NotFoundException("notification", id));
        access.requireMayRead(caller, notification);
        return NotificationView.of(notification);
    }

    @PostMapping("/{id}/ack")
    @Operation(summary = "Acknowledge an URGENT or CRITICAL notification",
            description = "Stops its alert repeating for everyone it went to; acknowledging again changes nothing.")
    @ApiResponse(responseCode = "409", description = "A ROUTINE notification needs no acknowledgement",
            content = @Content(mediaType = "application/problem+json"))
    Alert acknowledge(@PathVariable String id, Caller caller, @Valid @RequestBody(required = false) AcknowledgeRequest request) {
        caller.actingAs(request == null ? null : request.personId(), "personId");
        return acknowledge.acknowledge(id, caller);
    }

    @GetMapping("/parked")
    @Operation(summary = "Notifications parked after their channel's last retry, oldest first")
    List<NotificationView> parked(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return notifications.parked(limit).stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Send a parked notification again, with fresh attempts")
    NotificationView replay(@PathVariable String id) {
        return NotificationView.of(replay.replay(id));
    }

    @PostMapping("/parked/replay")
    @Operation(summary = "Send every parked notification again")
    Map<String, Integer> replayAll() {
        return Map.of("replayed", replay.replayAll());
    }
}
