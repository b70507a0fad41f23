package cn.gov.sucheng.worksafety.enterprise.credit.infrastructure;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState;

/**
 * A credit event's state on a day as SQL, the twin of {@code CreditEvent.stateOn}: a lifting counts from its
 * day on and wins over the end date. Shared by the credit-event list and the registry's blacklist filter, so
 * the rule is written once, by the feature that owns the table.
 */
public final class CreditStateSql {

    private CreditStateSql() {
    }

    /**
     * @param column prefix of the credit_event table's columns, e.g. {@code ""} or {@code "c."}
     * @param day the parameter holding the day, e.g. {@code ":today"}
     */
    public static String condition(CreditEventState state, String column, String day) {
        return switch (state) {
            case LIFTED -> "(" + column + "lifted_on <= " + day + ")";
            case ENDED -> "(" + notLifted(column, day) + " AND " + column + "end_date < " + day + ")";
            case PENDING -> "(" + notLifted(column, day) + " AND " + column + "start_date > " + day + ")";
            case ACTIVE -> "(" + notLifted(column, day) + " AND " + column + "start_date <= " + day + " AND ("
                    + column + "end_date IS NULL OR " + column + "end_date >= " + day + "))";
        };
    }

    private static String notLifted(String column, String day) {
        return "(" + column + "lifted_on IS NULL OR " + column + "lifted_on > " + day + ")";
    }
}
