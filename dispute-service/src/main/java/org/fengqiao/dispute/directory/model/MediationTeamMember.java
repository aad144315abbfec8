package org.fengqiao.dispute.directory.model;

/** A member of the professional mediation team (~20): lawyers, judicial officers, community cadres, police. */
public record MediationTeamMember(String id, String name, Profession profession, String email, String language) {

    public enum Profession {
        LAWYER, JUDICIAL_OFFICER, COMMUNITY_CADRE, POLICE
    }
}
