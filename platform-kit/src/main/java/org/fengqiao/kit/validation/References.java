package org.fengqiao.kit.validation;

/**
 * What a reference to a person or a household looks like in a request ({@code citizenRef},
 * {@code ownerRef}, {@code notifyRef}, {@code householdRef}): a letter, then letters, digits and
 * dashes, at most 64 ({@code CZ-30981}, {@code HH-204-0315}). Never an ID-card or phone number:
 * references travel in events and become recipients' ids, and personal data stays home. Use with
 * {@code @Pattern(regexp = References.PATTERN, message = References.MESSAGE)}.
 */
public final class References {

    public static final String PATTERN = "[A-Za-z][A-Za-z0-9-]{0,63}";
    public static final String MESSAGE = "a reference such as CZ-30981: a letter, then letters, digits and '-' (never an ID-card or phone number)";

    private References() {
    }
}
