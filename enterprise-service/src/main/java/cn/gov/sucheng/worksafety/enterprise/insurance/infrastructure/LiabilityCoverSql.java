package cn.gov.sucheng.worksafety.enterprise.insurance.infrastructure;

/**
 * "A policy covers its enterprise on a day" as SQL over the {@code liability_policy} table: the same rule
 * as {@code LiabilityPolicy.stateOn} being {@code IN_FORCE}. The policy list and the registry's list of
 * uncovered enterprises share it.
 */
public final class LiabilityCoverSql {

    private LiabilityCoverSql() {
    }

    /**
     * @param column prefix of the policy table's columns, e.g. {@code ""} or {@code "p."}
     * @param day the parameter holding the day, e.g. {@code ":day"}
     */
    public static String inForce(String column, String day) {
        return "(" + column + "starts_on <= " + day + " AND " + column + "ends_on >= " + day + " AND ("
                + column + "cancelled_from IS NULL OR " + column + "cancelled_from > " + day + "))";
    }
}
