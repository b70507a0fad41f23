package cn.gov.sucheng.worksafety.enterprise.licence.infrastructure;

import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;

/**
 * A licence's derived state as SQL over its stored standing and expiry: the same derivation as
 * {@code Licence.stateOn}, as date comparisons. The condition reads two date parameters, {@code today}
 * and {@code windowEdge} (the latest expiry day whose renewal window is open today), under the names the
 * caller gives, so the licence list and the enterprise list's licence filter share one rule.
 */
public final class LicenceStateSql {

    private LicenceStateSql() {
    }

    /**
     * @param column prefix of the licence table's columns, e.g. {@code ""} or {@code "l."}
     * @param today the parameter holding today, e.g. {@code ":today"}
     * @param windowEdge the parameter holding the renewal window's edge
     */
    public static String condition(LicenceState state, String column, String today, String windowEdge) {
        String standing = column + "standing";
        String expires = column + "expires_on";
        return switch (state) {
            case VALID -> "(" + standing + " = 'ACTIVE' AND " + expires + " > " + windowEdge + ")";
            case EXPIRING -> "(" + standing + " = 'ACTIVE' AND " + expires + " BETWEEN " + today + " AND " + windowEdge + ")";
            case EXPIRED -> "(" + standing + " <> 'REVOKED' AND " + expires + " < " + today + ")";
            case SUSPENDED -> "(" + standing + " = 'SUSPENDED' AND " + expires + " >= " + today + ")";
            case REVOKED -> "(" + standing + " = 'REVOKED')";
        };
    }
}
