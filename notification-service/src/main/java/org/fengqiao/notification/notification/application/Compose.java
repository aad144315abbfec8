package org.fengqiao.notification.notification.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.QuietHours;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.fengqiao.notification.rules.model.Urgency;
import org.fengqiao.notification.templates.application.Templates;
import org.fengqiao.notification.templates.model.Template;
import org.fengqiao.notification.templates.model.TemplateRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes what one recipient is told about one event under one rule, on each channel the rule and
 * the recipient allow: in the recipient's language, held through quiet hours when ROUTINE.
 */
@Component
public class Compose {

    /** Who hears what no one else would (an unknown grid cell, an unknown recipient's fallback). */
    public static final String DUTY_DESK = "station-duty-desk";

    private final Recipients recipients;
    private final Templates templates;
    private final GridDirectory grid;
    private final ZoneId zone;

    public Compose(Recipients recipients, Templates templates, GridDirectory grid, @Value("${notification.zone}") ZoneId zone) {
        this.recipients = recipients;
        this.templates = templates;
        this.grid = grid;
        this.zone = zone;
    }

    /** The recipient as the directory knows them; an id it does not know can still be told in the in-app inbox. */
    public Recipient recipient(String id) {
        return recipients.find(id).orElseGet(() -> Recipient.knownById(id));
    }

    public List<Notification> notifications(RoutingRule rule, Recipient recipient, String eventId, String eventType, Payload payload,
                                            String alertId, Instant now) {
        List<Notification> out = new ArrayList<>();
        for (Channel channel : rule.channels()) {
            if (!recipient.reachableOn().contains(channel)) {
                continue;
            }
            if (rule.urgency() == Urgency.ROUTINE && recipient.preferences().mutedChannels().contains(channel)) {
                continue;
            }
            Instant due = now;
            QuietHours quiet = recipient.preferences().quietHours();
            if (rule.urgency() == Urgency.ROUTINE && quiet != null) {
                due = quiet.endAfter(now);
            }
            TemplateRenderer.Rendered text = render(eventType, recipient, payload, rule.urgency());
            String subject = rule.subjectField() == null ? null : payload.texts(rule.subjectField()).stream().findFirst().orElse(null);
            String id = DerivedIds.of(eventId, recipient.id(), channel.name());
            if (rule.digest() && recipient.preferences().digest() && channel != Channel.IN_APP) {
                out.add(Notification.forDigest(id, recipient.id(), channel, rule.id(), text.title(), text.body(), subject, eventId,
                        eventType, now));
                continue;
            }
            out.add(Notification.create(id, alertId, recipient.id(), channel,
                    rule.urgency(), rule.id(), text.title(), text.body(), subject, eventId, eventType, now, due));
        }
        return out;
    }

    /** Renders the event type's template in the recipient's language (zh-CN, then en, when missing), times in the station's zone. */
    public TemplateRenderer.Rendered render(String eventType, Recipient recipient, Payload payload, Urgency urgency) {
        Template template = templates.find(eventType, recipient.language())
                .or(() -> templates.find(eventType, "zh-CN"))
                .or(() -> templates.find(eventType, "en"))
                .orElseGet(() -> new Template(eventType, "en", eventType, "{{" + "description}}"));
        return TemplateRenderer.render(template, payload, variables(payload, recipient, urgency), zone);
    }

    private Map<String, String> variables(Payload payload, Recipient recipient, Urgency urgency) {
        Map<String, String> variables = new HashMap<>();
        variables.put("recipientName", recipient.name());
        variables.put("urgency", urgency.name());
        gridCellOf(payload).flatMap(grid::gridCell).ifPresent(cell -> variables.put("gridCellName", cell.name()));
        return variables;
    }

    private static Optional<String> gridCellOf(Payload payload) {
        return payload.texts("gridCellId").stream().findFirst().or(() -> payload.texts("dispute.gridCellId").stream().findFirst());
    }
}
