package org.fengqiao.notification.notification.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.ChannelSender;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The in-app channel: a notification is in the recipient's inbox once stored, and is pushed at
 * once to every live stream ({@code GET /api/v1/notifications/stream}) the recipient has open on
 * this instance. A client that was away reads the inbox.
 */
@Component
class InboxStreams implements ChannelSender {

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    SseEmitter open(String recipientId) {
        SseEmitter emitter = new SseEmitter(0L);
        List<SseEmitter> open = streams.computeIfAbsent(recipientId, id -> new CopyOnWriteArrayList<>());
        open.add(emitter);
        Runnable close = () -> open.remove(emitter);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        try {
            emitter.send(SseEmitter.event().comment("inbox of " + recipientId));
        } catch (IOException e) {
            close.run();
        }
        return emitter;
    }

    /**
     * Ends every open stream as the service shuts down: a stream never ends by itself, and the web
     * server's graceful shutdown would otherwise wait for each to time out. Clients reconnect and
     * read what they missed from the inbox.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.values().forEach(open -> open.forEach(SseEmitter::complete));
        streams.clear();
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public boolean deliveredByStoring() {
        return true;
    }

    @Override
    public void send(Notification notification, Recipient recipient) {
        for (SseEmitter emitter : streams.getOrDefault(recipient.id(), List.of())) {
            try {
                emitter.send(SseEmitter.event().id(notification.id()).name("notification")
                        .data(NotificationView.of(notification), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        }
    }
}
