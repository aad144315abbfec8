package org.fengqiao.events.access;

import java.util.List;

/**
 * What an outside system (a client-credentials client, no person) may do. A system gets only the
 * operations its scopes name; scopes never grant what a role guards for people (acknowledging
 * alerts, personal data, configuration).
 */
public final class Scopes {

    /** Read disputes, their timelines, the station directory and the risk rules. */
    public static final String DISPUTES_READ = "disputes.read";
    /** Report a dispute on behalf of a reporter in the directory (e.g. a city hotline system). */
    public static final String DISPUTES_REPORT = "disputes.report";
    /** Read the station's figures: dispute KPIs, prevention report, patrol KPIs and assessments, citizen tallies. */
    public static final String KPIS_READ = "kpis.read";
    /** Read patrol teams, grid blocks, incidents and duties. */
    public static final String PATROL_READ = "patrol.read";
    /** Scrape the services' metrics ({@code /actuator/prometheus}). */
    public static final String METRICS_READ = "metrics.read";

    public static final List<String> ALL = List.of(DISPUTES_READ, DISPUTES_REPORT, KPIS_READ, PATROL_READ, METRICS_READ);

    private Scopes() {
    }
}
