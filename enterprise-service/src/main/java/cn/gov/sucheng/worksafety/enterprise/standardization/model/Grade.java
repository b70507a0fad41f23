package cn.gov.sucheng.worksafety.enterprise.standardization.model;

/** A standardization grade (一级/二级/三级); grade 1 is the highest. */
public enum Grade {
    FIRST(1),
    SECOND(2),
    THIRD(3);

    private final int level;

    Grade(int level) {
        this.level = level;
    }

    /** The grade numbered {@code level} (1–3); callers validate the range first. */
    public static Grade of(int level) {
        for (Grade grade : values()) {
            if (grade.level == level) {
                return grade;
            }
        }
        throw new IllegalArgumentException("no standardization grade " + level);
    }

    public int level() {
        return level;
    }

    /** Whether this grade is below {@code other}: a larger number is a lower grade. */
    public boolean isLowerThan(Grade other) {
        return level > other.level;
    }
}
