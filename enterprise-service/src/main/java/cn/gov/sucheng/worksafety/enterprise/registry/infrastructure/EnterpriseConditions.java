package cn.gov.sucheng.worksafety.enterprise.registry.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;

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

    static EnterpriseConditions of(EnterpriseFilter filter) {
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
        // Criteria kept by other features (licence state, standardization grade, dual prevention, blacklist,
        // risk colour) go here as EXISTS subqueries correlated on e.id, each with its own parameter names:
        //   where.add("EXISTS (SELECT 1 FROM licence l WHERE l.enterprise_id = e.id AND l.state = :licenceState)",
        //           Map.of("licenceState", filter.licenceState().name()));
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
