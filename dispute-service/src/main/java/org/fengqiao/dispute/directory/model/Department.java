package org.fengqiao.dispute.directory.model;

/**
 * A government department joint mediation may invite (town government, labour inspection,
 * housing, ...).
 *
 * @param deskId who acknowledges invitations for the department
 */
public record Department(String id, String name, String deskId, String email) {
}
