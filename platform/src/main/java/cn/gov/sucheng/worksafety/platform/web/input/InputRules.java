package cn.gov.sucheng.worksafety.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What every value that enters the suite must satisfy before any domain rule sees it. PostgreSQL cannot
 * store a NUL character in text, and dates far outside any record's life (year −999999999) are typing
 * mistakes or probes that the database would refuse with an error; both are refused up front as the
 * caller's mistake, naming the field.
 */
public final class InputRules {

    /** The earliest day a record of the suite can name (older enterprises' founding years fit). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest day a record of the suite can name (validities and deadlines fit with room). */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private InputRules() {
    }

    /** The text, if it has no NUL character. */
    public static String checkText(String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new RefusedInput("must not contain the NUL character (\\u0000)");
        }
        return text;
    }

    /** The date or time, if it lies between {@link #EARLIEST} and the end of {@link #LATEST}. */
    public static <T> T checkTemporal(T value) {
        Instant instant = instantOf(value);
        if (instant != null && (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT))) {
            throw new RefusedInput("must lie between " + EARLIEST + " and " + LATEST + ", not " + value);
        }
        return value;
    }

    // Compared in UTC: a day's offset moves it by hours, which matters nothing at these bounds.
    private static Instant instantOf(Object value) {
        if (value instanceof LocalDate d) {
            return d.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }

    /** A value refused by one of these rules; the adapter that read it names the field. */
    public static final class RefusedInput extends IllegalArgumentException {

        RefusedInput(String message) {
            super(message);
        }
    }
}
