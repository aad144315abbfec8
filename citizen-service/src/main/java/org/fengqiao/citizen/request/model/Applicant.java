package org.fengqiao.citizen.request.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The person a service request is for, with the personal data the station needs to issue a card:
 * their name, resident ID number and phone. It stays in citizen-service: events carry
 * {@code citizenRef} only, API responses show {@link #masked()}, and logs never print it.
 *
 * @param idNumber an 18-character resident ID number (17 digits and a digit or X), or null when not
 *                 yet collected
 * @param phone    an 11-digit mobile number, or null
 */
public record Applicant(String citizenRef, String name, String idNumber, String phone) {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}");

    /** The applicant as an API shows them by default: ID number and phone masked. */
    public record Masked(String citizenRef, String name, String idNumber, String phone) {
    }

    public Applicant {
        Objects.requireNonNull(citizenRef, "citizenRef");
        Objects.requireNonNull(name, "name");
        if (idNumber != null && !validIdNumber(idNumber)) {
            throw new IllegalArgumentException("an ID number has 17 digits and a digit or X");
        }
        if (phone != null && !validPhone(phone)) {
            throw new IllegalArgumentException("a phone number has 11 digits starting with 1");
        }
    }

    public static boolean validIdNumber(String value) {
        return value != null && ID_NUMBER.matcher(value).matches();
    }

    public static boolean validPhone(String value) {
        return value != null && PHONE.matcher(value).matches();
    }

    /** ID number and phone masked: {@code 1101**********123X}, {@code 138****5678}. */
    public Masked masked() {
        return new Masked(citizenRef, name, maskIdNumber(idNumber), maskPhone(phone));
    }

    public Applicant withIdNumber(String collected) {
        return new Applicant(citizenRef, name, collected, phone);
    }

    public static String maskIdNumber(String value) {
        return value == null ? null : value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    public static String maskPhone(String value) {
        return value == null ? null : value.substring(0, 3) + "****" + value.substring(7);
    }

    /** Never prints the ID number or phone, so a log line of a request cannot leak them. */
    @Override
    public String toString() {
        return "Applicant[citizenRef=" + citizenRef + ", idNumber=" + maskIdNumber(idNumber) + ", phone=" + maskPhone(phone) + "]";
    }
}
