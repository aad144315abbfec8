package org.fengqiao.kit.outbox;

import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.MongoMappingEvent;

/** Wakes the relay as soon as a document with pending events was written. */
public class OutboxWakeUp implements ApplicationListener<MongoMappingEvent<?>> {

    private final OutboxRelay relay;

    public OutboxWakeUp(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onApplicationEvent(MongoMappingEvent<?> event) {
        if (event instanceof AfterSaveEvent<?> saved && saved.getSource() instanceof OutboxDocument document
                && !document.getPendingEvents().isEmpty()) {
            relay.wake();
        }
    }
}
