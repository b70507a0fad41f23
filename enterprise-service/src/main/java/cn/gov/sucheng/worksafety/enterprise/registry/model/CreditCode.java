package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from an alphabet of 31
 * (no I, O, S, V, Z), the last one a check character over the first 17.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern FORMAT = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    // 3^(i-1) mod 31 for positions 1..17.
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * The code, or the reason it is not one (format or check character). Lower-case letters are accepted
     * and normalised, since codes are often typed by hand.
     */
    public static CreditCode parse(String raw) {
        Optional<String> problem = problemOf(raw);
        if (problem.isPresent()) {
            throw new InvalidCreditCodeException(problem.get());
        }
        return new CreditCode(raw.trim().toUpperCase());
    }

    /**
     * A code that has the right format, whether or not its check character is right: the form in which
     * codes accepted by an override are stored and looked up.
     */
    public static CreditCode ofFormat(String raw) {
        Optional<String> problem = formatProblemOf(raw);
        if (problem.isPresent()) {
            throw new InvalidCreditCodeException(problem.get());
        }
        return new CreditCode(raw.trim().toUpperCase());
    }

    /** Why {@code raw} is not a valid code (format or check character), or empty when it is. */
    public static Optional<String> problemOf(String raw) {
        return formatProblemOf(raw).or(() -> checkCharacterProblemOf(raw.trim().toUpperCase()));
    }

    /** Why {@code raw} does not have the format of a code, or empty when it has. */
    public static Optional<String> formatProblemOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("is required");
        }
        String code = raw.trim().toUpperCase();
        if (code.length() != 18) {
            return Optional.of("must have 18 characters, has " + code.length());
        }
        if (!FORMAT.matcher(code).matches()) {
            return Optional.of("must be 18 characters of 0-9 and A-Y without I, O, S, V, Z, with digits in positions 3-8");
        }
        return Optional.empty();
    }

    private static Optional<String> checkCharacterProblemOf(String code) {
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("has a wrong check character: '" + code.charAt(17) + "', expected '" + expected + "'");
        }
        return Optional.empty();
    }

    /** Why this code's check character is wrong, or empty when it is right. */
    public Optional<String> checkCharacterProblem() {
        return checkCharacterProblemOf(value);
    }

    /** The check character of the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The administrative division code of the registering authority (positions 3-8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
