package org.fengqiao.notification.notification.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RecipientSpec;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.springframework.stereotype.Component;

/**
 * Who a rule names for one event: fixed ids, ids read from the payload, the community officer of
 * the grid cell the payload names (the duty desk when the cell is unknown), or whoever is first on
 * a duty roster.
 */
@Component
public class ResolveRecipients {

    private final Recipients recipients;
    private final GridDirectory grid;

    public ResolveRecipients(Recipients recipients, GridDirectory grid) {
        this.recipients = recipients;
        this.grid = grid;
    }

    /** The ids a rule names for this payload, each once, in the rule's order. */
    public Set<String> recipientsOf(RoutingRule rule, Payload payload) {
        Set<String> ids = new LinkedHashSet<>();
        for (RecipientSpec spec : rule.recipients()) {
            switch (spec.kind()) {
                case PERSON, TEAM, DEPARTMENT -> ids.addAll(spec.id() != null ? List.of(spec.id()) : payload.texts(spec.field()));
                case GRID_CELL_ROLE -> payload.texts(spec.field()).forEach(cell -> ids.add(
                        grid.officerOf(cell).map(GridDirectory.CommunityOfficer::id).orElse(Compose.DUTY_DESK)));
                case DUTY_ROSTER -> ids.add(recipients.roster(spec.id()).flatMap(roster -> roster.at(0)).orElse(Compose.DUTY_DESK));
            }
        }
        return ids;
    }
}
