package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.time.LocalDate;
import java.util.Map;

/**
 * A list filter on what another feature records of an enterprise (its licences, its grading, its credit
 * record), contributed to the registry by that feature as a bean. The registry knows a criterion only by its
 * name and composes the SQL condition it hands back; the feature that owns the table owns the rule, so the
 * registry neither reads other features' tables nor depends on their packages.
 */
public interface StandingCriterion {

    /** The filter's name in the enterprise list and the draw pool, e.g. {@code licenceState}. */
    String name();

    /**
     * The SQL condition selecting the enterprises that meet the criterion with {@code value} on {@code today}.
     *
     * @param enterpriseId the SQL expression of the enterprise's id, e.g. {@code e.id}
     * @throws cn.gov.sucheng.worksafety.platform.domain.InvalidException naming {@link #name()} when the value
     *         is not one the criterion knows
     */
    Condition condition(String value, String enterpriseId, LocalDate today);

    /**
     * A condition and its named parameters; parameter names start with the criterion's name, so that the
     * conditions of several criteria can be joined in one statement.
     */
    record Condition(String sql, Map<String, Object> parameters) {

        public Condition {
            parameters = Map.copyOf(parameters);
        }
    }
}
