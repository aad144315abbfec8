package org.fengqiao.events.dispute;

import org.fengqiao.events.Require;

/**
 * One side of a dispute: a person, a group (e.g. "the site's workers") or an organisation.
 *
 * @param name how the party is known to the mediators
 * @param role its part in the dispute, free text (e.g. "general contractor", "tenant")
 */
public record Party(String name, String role) {

    public Party {
        Require.text(name, "parties[].name");
    }
}
