package cn.gov.sucheng.worksafety.training.officer.model;

/**
 * How many officers have a work-safety background, against the plan's target of at least 75%.
 */
public record BackgroundShare(long officers, long withSafetyBackground) {

    public static final double TARGET = 0.75;

    public double share() {
        return officers == 0 ? 0 : (double) withSafetyBackground / officers;
    }

    /** At least 3 in 4, counted exactly rather than through the rounded share. */
    public boolean meetsTarget() {
        return officers > 0 && withSafetyBackground * 4 >= officers * 3;
    }
}
