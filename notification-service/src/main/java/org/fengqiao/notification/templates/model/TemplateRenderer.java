package org.fengqiao.notification.templates.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.notification.rules.model.Payload;

/**
 * Fills a template's {@code {{variables}}} from an event's payload and the service's own variables.
 * {@code {{slotStart | local}}} writes an instant as the station's local date and time
 * ({@code 2026-06-03 09:30}), which is how a resident or an officer reads a time; a value that is
 * not an instant is written as it is.
 */
public final class TemplateRenderer {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*(\\|\\s*local\\s*)?}}");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A rendered message, and the variables that had no value (rendered empty). */
    public record Rendered(String title, String body, List<String> missing) {
    }

    private TemplateRenderer() {
    }

    /** Renders with local times in UTC. */
    public static Rendered render(Template template, Payload payload, Map<String, String> variables) {
        return render(template, payload, variables, ZoneOffset.UTC);
    }

    /** Renders with {@code | local} times in {@code zone}. */
    public static Rendered render(Template template, Payload payload, Map<String, String> variables, ZoneId zone) {
        Set<String> missing = new LinkedHashSet<>();
        String title = fill(template.title(), payload, variables, missing, zone);
        String body = fill(template.body(), payload, variables, missing, zone);
        return new Rendered(title, body, new ArrayList<>(missing));
    }

    private static String local(String value, ZoneId zone) {
        try {
            return LOCAL.format(Instant.parse(value).atZone(zone));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String fill(String text, Payload payload, Map<String, String> variables, Set<String> missing, ZoneId zone) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = variables.get(name);
            if (value == null) {
                List<String> texts = payload.texts(name);
                value = texts.isEmpty() ? null : String.join(", ", texts);
            }
            if (value == null) {
                missing.add(name);
                value = "";
            } else if (matcher.group(2) != null) {
                value = local(value, zone);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
