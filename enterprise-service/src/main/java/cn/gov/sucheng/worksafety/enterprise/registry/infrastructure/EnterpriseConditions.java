package cn.gov.sucheng.worksafety.enterprise.registry.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.insurance.infrastructure.LiabilityCoverSql;
import cn.gov.sucheng.worksafety.enterprise.licence.infrastructure.LicenceStateSql;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter.Standing;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The SQL conditions that select the live enterprises (table alias {@code e}) matching an
 * {@link EnterpriseFilter}, with their parameters. The list, its count and the draw pool all filter
 * through {@link #of}, so a new criterion is written once, there.
 */
final class EnterpriseConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private EnterpriseConditions() {
    }

    /**
     * @param today the day the standing criteria are judged on
     * @param licenceTerms how a licence's state follows from its expiry
     */
    static EnterpriseConditions of(EnterpriseFilter filter, LocalDate today, LicenceTerms licenceTerms) {
        EnterpriseConditions where = new EnterpriseConditions();
        where.add("NOT e.deleted", Map.of());
        where.equal("e.town", "town", filter.town());
        where.equal("e.village", "village", filter.village());
        where.equal("e.grid", "grid", filter.grid());
        where.equal("e.industry_area", "industryArea",
                filter.industryArea() == null ? null : filter.industryArea().name());
        where.equal("e.supervising_department", "supervisingDepartment", filter.supervisingDepartment());
        if (filter.search() != null) {
            String search = escapeLike(filter.search());
            where.add("(e.name ILIKE :nameContains OR e.credit_code LIKE :codePrefix)",
                    Map.of("nameContains", "%" + search + "%", "codePrefix", search.toUpperCase() + "%"));
        }
        // What other features record: columns they keep on the enterprise, or EXISTS on their tables.
        Standing standing = filter.standing();
        if (standing.riskColour() != null) {
            where.add("e.risk_colour = :riskColour", Map.of("riskColour", standing.riskColour().name()));
        }
        if (standing.dualPreventionBuilt() != null) {
            where.add("e.dual_prevention_built = :dualPrevention", Map.of("dualPrevention", standing.dualPreventionBuilt()));
        }
        if (standing.licenceState() != null) {
            where.add("EXISTS (SELECT 1 FROM licence l WHERE l.enterprise_id = e.id AND "
                    + LicenceStateSql.condition(standing.licenceState(), "l.", ":standingToday", ":licenceWindowEdge") + ")",
                    Map.of("standingToday", today, "licenceWindowEdge", licenceTerms.latestExpiryInWindowOn(today)));
        }
        if (standing.standardizationGrade() != null) {
            where.add("EXISTS (SELECT 1 FROM standardization_grading g WHERE g.enterprise_id = e.id"
                    + " AND g.status IN ('AWARDED', 'DOWNGRADED') AND g.valid_until >= :standingToday"
                    + " AND g.grade = :standardizationGrade)",
                    Map.of("standingToday", today, "standardizationGrade", standing.standardizationGrade()));
        }
        if (standing.blacklisted() != null) {
            // Active as CreditEvent decides it: started, not ended, not lifted on or before today.
            where.add((standing.blacklisted() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM credit_event c"
                    + " WHERE c.enterprise_id = e.id AND c.kind = 'BLACKLIST' AND c.start_date <= :standingToday"
                    + " AND (c.end_date IS NULL OR c.end_date >= :standingToday)"
                    + " AND (c.lifted_on IS NULL OR c.lifted_on > :standingToday))",
                    Map.of("standingToday", today));
        }
        if (filter.withoutLiabilityCover() != null) {
            EnterpriseFilter.WithoutLiabilityCover uncovered = filter.withoutLiabilityCover();
            // An empty IN () is no SQL; no area means no enterprise.
            where.add(uncovered.industryAreas().isEmpty() ? "FALSE"
                    : "e.industry_area IN (:uncoveredAreas) AND NOT EXISTS (SELECT 1 FROM liability_policy p"
                            + " WHERE p.enterprise_id = e.id AND " + LiabilityCoverSql.inForce("p.", ":coverDay") + ")",
                    Map.of("uncoveredAreas", uncovered.industryAreas().stream().map(Enum::name).sorted().toList(),
                            "coverDay", uncovered.day()));
        }
        return where;
    }

    /** Adds a condition on {@code e} and the named parameters it uses. */
    EnterpriseConditions add(String condition, Map<String, ?> namedParameters) {
        conditions.add(condition);
        parameters.putAll(namedParameters);
        return this;
    }

    /** {@code WHERE …} with all conditions joined by AND. */
    String where() {
        return " WHERE " + String.join(" AND ", conditions);
    }

    StatementSpec bind(StatementSpec statement) {
        return statement.params(parameters);
    }

    private void equal(String column, String parameter, String value) {
        if (value != null) {
            add(column + " = :" + parameter, Map.of(parameter, value));
        }
    }

    // LIKE's own wildcards in a search are meant literally; backslash is PostgreSQL's default LIKE escape.
    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
