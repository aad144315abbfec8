/**
 * A dispute's life, the heart of the "cabbage method": reported by a grid worker, triaged by the
 * community officer, moved up the layers (information, source resolution, professional mediation,
 * joint mediation) by deadlines and by hand, its mass-incident risk raised and lowered, parties
 * and departments invited, resolved or closed; every step published on dispute.events.
 */
package org.fengqiao.dispute.dispute;
