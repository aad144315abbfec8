package org.fengqiao.notification.templates.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.notification.rules.model.Payload;

/** Fills a template's {@code {{variables}}} from an event's payload and the service's own variables. */
public final class TemplateRenderer {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");

    /** A rendered message, and the variables that had no value (rendered empty). */
    public record Rendered(String title, String body, List<String> missing) {
    }

    private TemplateRenderer() {
    }

    public static Rendered render(Template template, Payload payload, Map<String, String> variables) {
        Set<String> missing = new LinkedHashSet<>();
        String title = fill(template.title(), payload, variables, missing);
        String body = fill(template.body(), payload, variables, missing);
        return new Rendered(title, body, new ArrayList<>(missing));
    }

    private static String fill(String text, Payload payload, Map<String, String> variables, Set<String> missing) {
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
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
