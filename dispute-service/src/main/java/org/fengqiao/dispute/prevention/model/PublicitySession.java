package org.fengqiao.dispute.prevention.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A legal or policy publicity session the community police held with a unit (PREVENTION layer).
 *
 * @param heldBy     who held it (a community officer or a mediation team member)
 * @param attendance how many of the unit's people came
 */
public record PublicitySession(String id, String unitId, LocalDate heldOn, String topic, int attendance, String heldBy,
                               Instant recordedAt) {
}
