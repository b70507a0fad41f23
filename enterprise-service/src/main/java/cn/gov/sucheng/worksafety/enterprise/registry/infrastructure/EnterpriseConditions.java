package cn.gov.sucheng.worksafety.enterprise.registry.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion;

import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The SQL conditions that select the live enterprises (table alias {@code e}) matching an
 * {@link EnterpriseFilter}, with their parameters. The list, its count and the draw pool all filter
 * through {@link #of}, so a new criterion is written once, there. Criteria on what other features record
 * come from those features' {@link StandingCriterion} beans: no other feature's table is named here.
 */
final class EnterpriseConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private EnterpriseConditions() {
    }

    /**
     * @param today the day the standing criteria are judged on
     * @param criteria the other features' criteria by name
     */
    static EnterpriseConditions of(EnterpriseFilter filter, LocalDate today, Map<String, StandingCriterion> criteria) {
        EnterpriseConditions where = new EnterpriseConditions();
        where.add("NOT e.deleted", Map.of());
        // A town-level caller's data scope (none for district-level callers and for sibling services over gRPC).
        Map<String, Object> scope = new HashMap<>();
        scope.put(TownScope.PARAMETER, TownScope.parameterValue());
        where.add(TownScope.sqlPredicate("e.town"), scope);
        where.equal("e.town", "town", filter.town());
        where.equal("e.village", "village", filter.village());
        where.equal("e.grid", "grid", filter.grid());
        if (!filter.industryAreas().isEmpty()) {
            where.add("e.industry_area IN (:industryAreas)",
                    Map.of("industryAreas", filter.industryAreas().stream().map(Enum::name).sorted().toList()));
        }
        where.equal("e.supervising_department", "supervisingDepartment", filter.supervisingDepartment());
        where.equal("e.risk_colour", "riskColour", filter.riskColour() == null ? null : filter.riskColour().name());
        if (filter.dualPreventionBuilt() != null) {
            where.add("e.dual_prevention_built = :dualPrevention",
                    Map.of("dualPrevention", filter.dualPreventionBuilt()));
        }
        if (filter.search() != null) {
            String search = escapeLike(filter.search());
            where.add("(e.name ILIKE :nameContains OR e.credit_code LIKE :codePrefix)",
                    Map.of("nameContains", "%" + search + "%", "codePrefix", search.toUpperCase() + "%"));
        }
        filter.standing().forEach((name, value) -> {
            StandingCriterion criterion = criteria.get(name);
            if (criterion == null) {
                throw new IllegalStateException("no feature answers the enterprise filter " + name);
            }
            StandingCriterion.Condition condition = criterion.condition(value, "e.id", today);
            where.add(condition.sql(), condition.parameters());
        });
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
