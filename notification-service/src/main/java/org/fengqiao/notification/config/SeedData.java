package org.fengqiao.notification.config;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.seed.Seed;
import org.fengqiao.kit.seed.SeedFiles;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.fengqiao.notification.templates.application.Templates;
import org.fengqiao.notification.templates.model.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Loads the made-up seed (recipients, duty rosters, routing rules, templates) into the store before
 * any event is consumed. Only what the store does not hold yet is added, so what operators changed
 * through the API stays. The grid's community officers become recipients too.
 */
@Component
class SeedData implements Seed {

    private static final Logger log = LoggerFactory.getLogger(SeedData.class);
    private static final String BASE = "/org/fengqiao/notification/seed/";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecipientSeed(List<Recipient> recipients, List<DutyRoster> dutyRosters) {
    }

    record Text(String title, String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleSeed(List<RoutingRule> rules) {
    }

    private final Recipients recipients;
    private final RoutingRules rules;
    private final Templates templates;
    private final GridDirectory grid;

    SeedData(Recipients recipients, RoutingRules rules, Templates templates, GridDirectory grid) {
        this.recipients = recipients;
        this.rules = rules;
        this.templates = templates;
        this.grid = grid;
    }

    @Override
    public void seed() {
        RecipientSeed people = read("recipients.json", new TypeReference<>() { });
        int added = 0;
        for (Recipient recipient : people.recipients()) {
            added += addIfAbsent(recipient) ? 1 : 0;
        }
        for (GridDirectory.CommunityOfficer officer : grid.communityOfficers()) {
            added += addIfAbsent(new Recipient(officer.id(), officer.name(), Recipient.Kind.PERSON, officer.language(), officer.email(),
                    null, null)) ? 1 : 0;
        }
        for (DutyRoster roster : people.dutyRosters()) {
            if (recipients.roster(roster.id()).isEmpty()) {
                recipients.save(roster);
            }
        }
        for (RoutingRule rule : read("routing-rules.json", new TypeReference<RuleSeed>() { }).rules()) {
            if (rules.find(rule.id()).isEmpty()) {
                rules.save(rule);
            }
        }
        Map<String, Map<String, Text>> byType = read("templates.json", new TypeReference<>() { });
        byType.forEach((eventType, byLanguage) -> byLanguage.forEach((language, text) -> {
            if (templates.find(eventType, language).isEmpty()) {
                templates.save(new Template(eventType, language, text.title(), text.body()));
            }
        }));
        log.info("seed loaded: {} new recipient(s); {} rules, {} templates in force", added, rules.all().size(), templates.all().size());
    }

    private boolean addIfAbsent(Recipient recipient) {
        if (recipients.find(recipient.id()).isPresent()) {
            return false;
        }
        recipients.save(recipient);
        return true;
    }

    private static <T> T read(String name, TypeReference<T> type) {
        return SeedFiles.read(BASE + name, type);
    }
}
