package org.fengqiao.citizen.appointment.persistence;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.fengqiao.citizen.appointment.application.SlotCapacity;
import org.fengqiao.kit.persistence.ContendedWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Places taken per slot, one small document per slot with the count and the appointments holding
 * them. A place is taken or given back by a compare-and-set: read the slot by key, then change it
 * only where its count is still the count read ({@code {_id, taken}} by equality, which a unique
 * index on exactly those fields serves on the embedded store as on MongoDB; a range such as
 * {@code taken < capacity} would make the embedded store read the whole collection). Concurrent
 * bookings cannot overfill a slot: the one that lost the race reads again.
 *
 * <p>Places taken before the holders were recorded (a slot whose count exceeds its list) are given
 * back by a cancellation of any appointment of the slot not in the list; such a cancellation, if
 * a crash interrupts it after its place was given back, may give back a second one when it is
 * finished.
 */
@Repository
class MongoSlotCapacity implements SlotCapacity {

    /** Compare-and-set rounds before giving up on a slot many are booking at once. */
    private static final int TRIES = 20;

    @org.springframework.data.mongodb.core.mapping.Document("appointment_slots")
    @CompoundIndex(name = "_id_taken", def = "{'_id': 1, 'taken': 1}", unique = true)
    static class SlotDocument {
        @Id
        String id;
        int taken;
        /** The appointments holding the places; {@code null} in a slot written before they were recorded. */
        List<String> holders;

        List<String> holders() {
            return holders == null ? List.of() : holders;
        }
    }

    private static final String HOLDS = "appointment_holds";

    private final MongoTemplate mongo;
    private final ContendedWrites writes = new ContendedWrites(TRIES);

    MongoSlotCapacity(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean take(String slotKey, int capacity, String appointmentId) {
        return writes.write(slotKey, () -> {
            SlotDocument slot = mongo.findById(slotKey, SlotDocument.class);
            if (slot == null) {
                // the slot's first booking creates its counter; should another create it at the same moment, the next try reads theirs
                slot = new SlotDocument();
                slot.id = slotKey;
                slot.holders = new ArrayList<>();
                mongo.insert(slot);
            }
            if (slot.holders().contains(appointmentId)) {
                return true;
            }
            if (slot.taken >= capacity) {
                return false;
            }
            change(slot, new Update().inc("taken", 1).addToSet("holders", appointmentId));
            return true;
        });
    }

    @Override
    public void release(String slotKey, String appointmentId) {
        writes.run(slotKey, () -> {
            SlotDocument slot = mongo.findById(slotKey, SlotDocument.class);
            if (slot == null || slot.taken == 0) {
                return;
            }
            boolean holds = slot.holders().contains(appointmentId);
            if (!holds && slot.taken <= slot.holders().size()) {
                return; // never took a place here, or gave it back already
            }
            Update update = new Update().inc("taken", -1);
            if (holds) {
                update.pull("holders", appointmentId);
            }
            change(slot, update);
        });
    }

    @Override
    public boolean holdsPlace(String slotKey, String appointmentId) {
        SlotDocument slot = mongo.findById(slotKey, SlotDocument.class);
        return slot != null && slot.holders().contains(appointmentId);
    }

    /** Changes the slot where its count is still the count read; another booking in between makes it try again. */
    private void change(SlotDocument slot, Update update) {
        if (mongo.updateFirst(new Query(Criteria.where("_id").is(slot.id).and("taken").is(slot.taken)), update, SlotDocument.class)
                .getModifiedCount() != 1) {
            throw new OptimisticLockingFailureException("slot " + slot.id + " changed since " + slot.taken + " place(s) were taken");
        }
    }

    @Override
    public boolean hold(String citizenRef, java.time.Instant slotStart, String appointmentId) {
        try {
            mongo.insert(new Document("_id", holdKey(citizenRef, slotStart)).append("appointmentId", appointmentId), HOLDS);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void releaseHold(String citizenRef, java.time.Instant slotStart, String appointmentId) {
        String key = holdKey(citizenRef, slotStart);
        Document hold = mongo.findById(key, Document.class, HOLDS);
        // a hold without an appointment id was written before they were recorded: it is the booking's being cancelled
        if (hold != null && (hold.getString("appointmentId") == null || appointmentId.equals(hold.getString("appointmentId")))) {
            mongo.remove(new Query(Criteria.where("_id").is(key)), HOLDS);
        }
    }

    private static String holdKey(String citizenRef, java.time.Instant slotStart) {
        return citizenRef + "|" + slotStart;
    }

    @Override
    public int taken(String slotKey) {
        SlotDocument slot = mongo.findById(slotKey, SlotDocument.class);
        return slot == null ? 0 : slot.taken;
    }
}
