package cn.gov.sucheng.worksafety.training.trainee.model;

import java.time.DateTimeException;
import java.time.LocalDate;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A resident identity card number (居民身份证号码) by GB 11643-1999: six digits of the issuing division, the
 * birth date as yyyyMMdd, a three-digit sequence and a check character over the first 17 (weights
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexes "10X98765432"). It is personal data: the value
 * leaves the service only {@link #masked()}.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses {@code raw}, trimmed and with a lower-case x taken as X; refuses it naming {@code field} when it is
     * not 18 characters, its birth date is no date or lies after {@code today}, or the check character is wrong.
     */
    public static IdNumber parse(String raw, String field, LocalDate today) {
        String v = raw == null ? "" : raw.trim().toUpperCase();
        if (!v.matches("\\d{17}[\\dX]")) {
            throw new InvalidException(field, field + " must be 18 characters: 17 digits and a digit or X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        }
        catch (DateTimeException ex) {
            throw new InvalidException(field, field + " holds no valid birth date at characters 7 to 14");
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            throw new InvalidException(field, field + " holds a birth date out of range: " + birth);
        }
        if (v.charAt(17) != checkCharacter(v.substring(0, 17))) {
            throw new InvalidException(field, field + " fails the GB 11643 check character");
        }
        return new IdNumber(v);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The full number, for the vault that encrypts it; never for an answer. */
    public String value() {
        return value;
    }

    /** The form shown to users: the first four and the last four characters, e.g. {@code 3213**********1234}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
