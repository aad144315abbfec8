package org.fengqiao.notification.notification.channels;

import java.io.IOException;
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
import org.fengqiao.notification.recipients.model.Recipient;

/**
 * Posts a notification as JSON to the recipient's webhook (a chat-group robot, an SMS gateway).
 * A 2xx answer is a delivery; anything else, or no answer, is retried. {@code Idempotency-Key}
 * carries the notification id and {@code X-Repeat} its repeat, so a receiver can tell a retry of
 * the same delivery from a reminder.
 */
public class WebhookChannel implements ChannelSender {

    private final HttpClient http;
    private final Duration timeout;

    public WebhookChannel(Duration connectTimeout, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.timeout = timeout;
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
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(recipient.webhookUrl())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", n.id() + ":" + n.repeat())
                    .header("X-Repeat", String.valueOf(n.repeat()))
                    .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("bad webhook URL " + recipient.webhookUrl(), e);
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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
