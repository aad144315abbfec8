package org.fengqiao.citizen.appointment.persistence;

import org.fengqiao.citizen.appointment.application.SlotCapacity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Places taken per slot, one small document per slot. A place is taken by a compare-and-set: read
 * the count by key, then increment it only where it is still the count read ({@code {_id, taken}}
 * by equality, which a unique index on exactly those fields serves on the embedded store as on
 * MongoDB; a range such as {@code taken < capacity} would make the embedded store read the whole
 * collection). Concurrent bookings cannot overfill a slot: the one that lost the race reads again.
 */
@Repository
class MongoSlotCapacity implements SlotCapacity {

    /** Compare-and-set rounds before giving up on a slot many are booking at once. */
    private static final int TRIES = 20;

    @Document("appointment_slots")
    @CompoundIndex(name = "_id_taken", def = "{'_id': 1, 'taken': 1}", unique = true)
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
        return changeIf(slotKey, taken -> taken < capacity, 1);
    }

    @Override
    public void release(String slotKey) {
        changeIf(slotKey, taken -> taken > 0, -1);
    }

    /** Adds {@code by} to the slot's count while {@code allowed} holds for it; false when it does not. */
    private boolean changeIf(String slotKey, java.util.function.IntPredicate allowed, int by) {
        for (int i = 0; i < TRIES; i++) {
            SlotDocument slot = mongo.findById(slotKey, SlotDocument.class);
            if (slot == null && by > 0) {
                try {
                    mongo.upsert(new Query(Criteria.where("_id").is(slotKey)), new Update().setOnInsert("taken", 0), SlotDocument.class);
                } catch (DuplicateKeyException e) {
                    // another booking created the slot's counter at the same moment: it exists, which is all this needs
                }
                continue;
            }
            if (slot == null || !allowed.test(slot.taken)) {
                return false;
            }
            if (mongo.updateFirst(new Query(Criteria.where("_id").is(slotKey).and("taken").is(slot.taken)), new Update().inc("taken", by),
                    SlotDocument.class).getModifiedCount() == 1) {
                return true;
            }
        }
        throw new org.springframework.dao.OptimisticLockingFailureException("slot " + slotKey + " kept changing under " + TRIES + " tries");
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
