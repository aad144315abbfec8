package org.fengqiao.events.dispute;

import org.fengqiao.events.Require;

/**
 * The person who reported a dispute.
 *
 * @param personId the reporter's id in the station's directory (not a national ID number)
 * @param role     the capacity in which they reported it
 */
public record Reporter(String personId, ReporterRole role) {

    public Reporter {
        Require.text(personId, "reporter.personId");
        Require.present(role, "reporter.role");
    }
}
