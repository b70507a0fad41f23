package cn.gov.sucheng.worksafety.platform.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A period something is valid for, both days included: a licence, a grading, a certificate, a policy.
 *
 * <p>The suite's one rule for "valid N years": from day D it runs through the day before the same date
 * N years later (2024-03-01 for 3 years runs through 2027-02-28, as certificates print it). A start on
 * 29 February, whose date does not recur in a common year, counts as starting the next period on 1 March,
 * so it ends on 28 February (2024-02-29 for 3 years runs through 2027-02-28, the same day as a start on
 * 2024-03-01), and also for 4 years (through 2028-02-28).
 *
 * @param firstDay the first day it is valid
 * @param lastDay the last day it is valid
 */
public record Validity(LocalDate firstDay, LocalDate lastDay) {

    public Validity {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
        }
    }

    /** Valid for {@code years} from {@code firstDay}, by the suite's rule. */
    public static Validity ofYears(LocalDate firstDay, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("years must be 1 or more, is " + years);
        }
        return new Validity(firstDay, anniversary(firstDay, years).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    // The same date `years` later; a 29 February that does not recur becomes 1 March, where the next
    // period would begin, rather than java.time's 28 February.
    private static LocalDate anniversary(LocalDate day, int years) {
        LocalDate later = day.plusYears(years);
        boolean leapDayLost = day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29
                && later.getDayOfMonth() == 28;
        return leapDayLost ? later.plusDays(1) : later;
    }
}
