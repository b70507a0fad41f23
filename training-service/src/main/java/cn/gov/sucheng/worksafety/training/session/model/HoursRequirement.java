package cn.gov.sucheng.worksafety.training.session.model;

import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;

/**
 * The training hours a person owes: initial training once, then refresher training every year. Principals and
 * safety managers 32 h + 12 h a year (high-risk trades 48 h + 16 h); other workers, special-operation workers
 * included, 24 h on joining (high-risk trades 72 h + 20 h a year). The rule names no yearly hours for workers
 * outside high-risk trades, so none are owed.
 */
public record HoursRequirement(int initialHours, int yearlyHours) {

    public static HoursRequirement of(KeyPost post, boolean highRiskTrade) {
        return switch (post) {
            case PRINCIPAL, SAFETY_MANAGER -> highRiskTrade ? new HoursRequirement(48, 16) : new HoursRequirement(32, 12);
            case SPECIAL_OPERATION_WORKER, OTHER -> highRiskTrade ? new HoursRequirement(72, 20)
                    : new HoursRequirement(24, 0);
        };
    }

    /** How far {@code initialDone} and {@code yearlyDone} (hours of one year) fall short; zero when met. */
    public Shortfall shortfall(int initialDone, int yearlyDone) {
        return new Shortfall(Math.max(0, initialHours - initialDone), Math.max(0, yearlyHours - yearlyDone));
    }

    /** Hours still owed; {@link #isMet()} when none. */
    public record Shortfall(int initialHours, int yearlyHours) {

        public boolean isMet() {
            return initialHours == 0 && yearlyHours == 0;
        }
    }
}
