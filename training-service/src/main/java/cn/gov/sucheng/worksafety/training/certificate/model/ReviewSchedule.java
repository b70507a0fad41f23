package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.platform.time.Validity;

/**
 * The calendar of a certificate (特种作业人员安全技术培训考核管理规定): valid 6 years from issue; reviewed every
 * 3 years, or every 6 years once the holder has practised 10 years without a violation; the review is applied
 * for in the 60 days that end on its due date. Periods follow the suite's rule for "N years"
 * ({@link Validity#ofYears}): from 2020-03-01, 3 years run through 2023-02-28.
 */
public final class ReviewSchedule {

    public static final int VALID_YEARS = 6;
    public static final int REVIEW_YEARS = 3;
    public static final int CLEAN_REVIEW_YEARS = 6;
    public static final int CLEAN_PRACTICE_YEARS = 10;
    public static final int WINDOW_DAYS = 60;

    private ReviewSchedule() {
    }

    /** The last day of a certificate valid from {@code from}. */
    public static LocalDate validUntil(LocalDate from) {
        return Validity.ofYears(from, VALID_YEARS).lastDay();
    }

    /**
     * The due date of the review of the period that starts on {@code periodStart}: 3 years on, or 6 when the
     * holder has practised cleanly for 10 years by that day; never after the certificate's last valid day.
     *
     * @param cleanPracticeSince the start of the holder's clean practice, or null when unknown
     */
    public static LocalDate reviewDue(LocalDate periodStart, LocalDate cleanPracticeSince, LocalDate validUntil) {
        int years = hasCleanPractice(cleanPracticeSince, periodStart) ? CLEAN_REVIEW_YEARS : REVIEW_YEARS;
        LocalDate due = Validity.ofYears(periodStart, years).lastDay();
        return due.isAfter(validUntil) ? validUntil : due;
    }

    /** Ten full years of clean practice by {@code day}: from 2014-05-10 that is the case from 2024-05-10 on. */
    public static boolean hasCleanPractice(LocalDate cleanPracticeSince, LocalDate day) {
        return cleanPracticeSince != null
                && Validity.ofYears(cleanPracticeSince, CLEAN_PRACTICE_YEARS).lastDay().isBefore(day);
    }

    /** The first day of the 60-day application window that ends on {@code due}. */
    public static LocalDate windowOpens(LocalDate due) {
        return due.minusDays(WINDOW_DAYS - 1L);
    }
}
