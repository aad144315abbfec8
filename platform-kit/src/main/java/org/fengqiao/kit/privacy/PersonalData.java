package org.fengqiao.kit.privacy;

import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal data stays home: ID-card numbers and phone numbers written into free text (a dispute's
 * description, a finding, a party's name) are masked before the text leaves the service in an
 * event, and so in every notification and e-mail made from it. The service keeps the text as it
 * was given, for the staff who may read it there.
 * <ul>
 *   <li>An ID-card number: 18 characters, six digits of region, a birth date (19xx or 20xx), three
 *       digits and a check character ({@code 0-9} or {@code X}) becomes {@value #ID_NUMBER}.</li>
 *   <li>A mobile number: {@code 1[3-9]} and nine more digits, with or without {@code +86} and
 *       separating spaces or dashes, becomes {@value #PHONE_NUMBER}.</li>
 * </ul>
 * References and ids are not free text: fields named {@code *Id}, {@code *Ids} or {@code *Ref},
 * and values that are UUIDs, are left as they are (a reference never holds such numbers: the APIs
 * refuse one that does).
 */
public final class PersonalData {

    public static final String ID_NUMBER = "[ID number removed]";
    public static final String PHONE_NUMBER = "[phone number removed]";

    private static final Pattern ID_CARD = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9])");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The text with every ID-card and phone number in it masked. */
    public static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String masked = ID_CARD.matcher(text).replaceAll(ID_NUMBER);
        return PHONE.matcher(masked).replaceAll(PHONE_NUMBER);
    }

    /**
     * Whether the text holds an ID-card or phone number. Every outgoing event is asked, and most
     * hold neither: a text without eleven digits in a row (a single space or dash between two
     * digits does not break the row) cannot hold either, and is answered without the patterns.
     */
    public static boolean holdsAny(String text) {
        return text != null && hasElevenDigitsInARow(text) && (ID_CARD.matcher(text).find() || PHONE.matcher(text).find());
    }

    private static boolean hasElevenDigitsInARow(String text) {
        int digits = 0;
        boolean afterSeparator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits == 11) {
                    return true;
                }
                afterSeparator = false;
            } else if ((c == ' ' || c == '-') && digits > 0 && !afterSeparator) {
                afterSeparator = true;
            } else {
                digits = 0;
                afterSeparator = false;
            }
        }
        return false;
    }

    /** A JSON document with every free-text value masked ({@link #mask}); the same text when nothing was. */
    public static String maskJson(String json) {
        if (!holdsAny(json)) {
            return json;
        }
        JsonNode tree = JSON.readTree(json);
        return JSON.writeValueAsString(masked(null, tree));
    }

    private static JsonNode masked(String field, JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, masked(name, object.get(name)));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(field, array.get(i)));
            }
            return array;
        }
        if (node.isString() && !isReference(field) && !UUID.matcher(node.asString()).matches()) {
            return JSON.getNodeFactory().stringNode(mask(node.asString()));
        }
        return node;
    }

    private static boolean isReference(String field) {
        return field != null && (field.endsWith("Id") || field.endsWith("Ids") || field.endsWith("Ref") || field.equals("id"));
    }

    private PersonalData() {
    }
}
