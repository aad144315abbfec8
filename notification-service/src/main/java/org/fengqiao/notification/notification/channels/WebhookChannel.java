package org.fengqiao.notification.notification.channels;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.ChannelSender;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.application.WebhookTargets;
import org.fengqiao.notification.recipients.model.Recipient;

/**
 * Posts a notification as JSON to the recipient's webhook (a chat-group robot, an SMS gateway).
 * A 2xx answer is a delivery; anything else, or no answer, is retried. {@code Idempotency-Key}
 * carries the notification id and {@code X-Repeat} its repeat, so a receiver can tell a retry of
 * the same delivery from a reminder. The target is checked again before every call
 * ({@link WebhookTargets}: a name may resolve elsewhere since it was registered), redirects are
 * not followed, and at most {@code maxResponseBytes} of the answer are read.
 */
public class WebhookChannel implements ChannelSender {

    private final HttpClient http;
    private final Duration timeout;
    private final WebhookTargets targets;
    private final int maxResponseBytes;

    public WebhookChannel(Duration connectTimeout, Duration timeout, WebhookTargets targets, int maxResponseBytes) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.targets = targets;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Notification n, Recipient recipient) throws DeliveryException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", n.id());
        body.put("recipientId", n.recipientId());
        body.put("urgency", n.urgency().name());
        body.put("title", n.title());
        body.put("body", n.body());
        body.put("subjectId", n.subjectId());
        body.put("eventType", n.triggerEventType());
        body.put("triggerEventId", n.triggerEventId());
        body.put("repeat", n.repeat());
        body.put("createdAt", n.createdAt().toString());
        URI target;
        try {
            target = targets.check(recipient.webhookUrl());
        } catch (WebhookTargets.RefusedTarget refused) {
            throw new DeliveryException("webhook target refused: " + refused.getMessage());
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", n.id() + ":" + n.repeat())
                    .header("X-Repeat", String.valueOf(n.repeat()))
                    .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("bad webhook URL " + recipient.webhookUrl(), e);
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                // the answer is not used; reading a bounded part lets the connection be reused without trusting its size
                answer.readNBytes(maxResponseBytes);
            }
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryException("webhook answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryException("webhook unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", e);
        }
    }
}
