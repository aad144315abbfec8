/**
 * Online appointments at service points: free slots, booking without overfilling a slot,
 * cancelling, reminders before the slot, no-shows and the suspension they bring.
 */
package org.fengqiao.citizen.appointment;
