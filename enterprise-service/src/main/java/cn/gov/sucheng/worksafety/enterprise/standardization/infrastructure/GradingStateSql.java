package cn.gov.sucheng.worksafety.enterprise.standardization.infrastructure;

import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingState;

/**
 * A grading's derived state as SQL, the twin of {@code StandardizationGrading.stateOn}: a live grading past
 * valid_until is expired. Shared by the grading list and the registry's grade filter, so the rule is written
 * once, by the feature that owns the table.
 */
public final class GradingStateSql {

    private static final String LIVE = "status IN ('AWARDED', 'DOWNGRADED')";

    private GradingStateSql() {
    }

    /**
     * @param column prefix of the grading table's columns, e.g. {@code ""} or {@code "g."}
     * @param today the parameter holding today, e.g. {@code ":today"}
     */
    public static String condition(GradingState state, String column, String today) {
        return switch (state) {
            case VALID -> "(" + column + "status = 'AWARDED' AND " + column + "valid_until >= " + today + ")";
            case DOWNGRADED -> "(" + column + "status = 'DOWNGRADED' AND " + column + "valid_until >= " + today + ")";
            case EXPIRED -> "(" + column + LIVE + " AND " + column + "valid_until < " + today + ")";
            case WITHDRAWN -> "(" + column + "status = 'WITHDRAWN')";
            case SUPERSEDED -> "(" + column + "status = 'SUPERSEDED')";
        };
    }

    /** In force: valid or downgraded, not expired. */
    public static String inForce(String column, String today) {
        return "(" + condition(GradingState.VALID, column, today) + " OR "
                + condition(GradingState.DOWNGRADED, column, today) + ")";
    }

    /** Live: the enterprise's current grading, expired or not (at most one per enterprise). */
    static String live(String column) {
        return column + LIVE;
    }
}
