package cn.gov.sucheng.worksafety.enterprise.registry.infrastructure;

import cn.gov.sucheng.worksafety.platform.security.TownScope;

/**
 * What the registry exports for other features' SQL filters, as {@code LicenceStateSql} does for licences:
 * conditions on an enterprise id column, so that no other feature names the registry's table or columns.
 */
public final class EnterpriseSql {

    private EnterpriseSql() {
    }

    /**
     * The enterprises of a town (deleted ones too: what was recorded of them stays theirs).
     *
     * @param enterpriseId the SQL expression of the enterprise id, e.g. {@code s.enterprise_id}
     * @param town the parameter holding the town, e.g. {@code :town}
     */
    public static String inTown(String enterpriseId, String town) {
        return enterpriseId + " IN (SELECT id FROM enterprise WHERE town = " + town + ")";
    }

    /**
     * The records a town-level caller may see (TownScope): those of its town's enterprises; everything for the
     * district, internal work and gRPC. Bind {@link TownScope#PARAMETER} to {@link TownScope#parameterValue()}.
     *
     * @param enterpriseId the SQL expression of the enterprise id, e.g. {@code licence.enterprise_id}
     */
    public static String inCallersTown(String enterpriseId) {
        return TownScope.sqlPredicateThrough("enterprise", enterpriseId);
    }
}
