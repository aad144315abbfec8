package org.fengqiao.dispute.directory.model;

/**
 * One of the ~300 people of the INFORMATION layer who spot a conflict as it starts and report it:
 * a grid worker of a grid cell or a site safety officer of a construction unit.
 *
 * @param unitId the construction unit of a site safety officer, {@code null} for a grid worker
 */
public record InformationInvestigator(String id, String name, Kind kind, String gridCellId, String unitId) {

    public enum Kind {
        GRID_WORKER, SITE_SAFETY_OFFICER
    }
}
