package org.fengqiao.kit.it;

import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;

@org.springframework.data.mongodb.core.mapping.Document("parcels")
public class ParcelDocument extends OutboxDocument {

    @Id
    private String id;
    private String state;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}

