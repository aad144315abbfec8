package org.fengqiao.citizen.appointment.persistence;

import org.fengqiao.citizen.appointment.application.SlotCapacity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Places taken per slot, one small document per slot. A place is taken by one conditional
 * increment ({@code taken < capacity}), which the store applies atomically, so concurrent bookings
 * cannot overfill a slot.
 */
@Repository
class MongoSlotCapacity implements SlotCapacity {

    @Document("appointment_slots")
    static class SlotDocument {
        @Id
        String id;
        int taken;
    }

    private static final String HOLDS = "appointment_holds";

    private final MongoTemplate mongo;

    MongoSlotCapacity(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean take(String slotKey, int capacity) {
        try {
            mongo.upsert(new Query(Criteria.where("_id").is(slotKey)), new Update().setOnInsert("taken", 0), SlotDocument.class);
        } catch (DuplicateKeyException e) {
            // another booking created the slot's counter at the same moment: it exists, which is all this needs
        }
        SlotDocument taken = mongo.findAndModify(new Query(Criteria.where("_id").is(slotKey).and("taken").lt(capacity)),
                new Update().inc("taken", 1), FindAndModifyOptions.options().returnNew(true), SlotDocument.class);
        return taken != null;
    }

    @Override
    public void release(String slotKey) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(slotKey).and("taken").gt(0)), new Update().inc("taken", -1), SlotDocument.class);
    }

    @Override
    public boolean hold(String citizenRef, java.time.Instant slotStart) {
        try {
            mongo.insert(new org.bson.Document("_id", citizenRef + "|" + slotStart), HOLDS);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void releaseHold(String citizenRef, java.time.Instant slotStart) {
        mongo.remove(new Query(Criteria.where("_id").is(citizenRef + "|" + slotStart)), HOLDS);
    }

    @Override
    public int taken(String slotKey) {
        SlotDocument slot = mongo.findById(slotKey, SlotDocument.class);
        return slot == null ? 0 : slot.taken;
    }
}
