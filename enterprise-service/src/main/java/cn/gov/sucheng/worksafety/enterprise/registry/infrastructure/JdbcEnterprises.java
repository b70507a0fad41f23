package cn.gov.sucheng.worksafety.enterprise.registry.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.enterprise.registry.application.DuplicateCreditCodeException;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.Enterprises;
import cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CodeCheckOverride;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCodeCheck;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A town-level caller (TownScope) finds, changes and deletes only its town's enterprises: another town's is not there,
 * by id or credit code, in lists or for a change. The district, internal work and gRPC see all.
 */
@Repository
class JdbcEnterprises implements Enterprises {

    private static final String IN_SCOPE = TownScope.sqlPredicate("town");
    private static final String E_IN_SCOPE = TownScope.sqlPredicate("e.town");

    private static final String SELECT = """
            SELECT e.id, e.credit_code, e.name, e.town, e.village, e.grid, e.address, e.latitude, e.longitude,
                   e.industry_area, e.supervising_department, e.risk_colour, e.dual_prevention_built, e.version,
                   e.created_at, e.updated_at,
                   o.reason AS override_reason, o.actor AS override_actor, o.failed_checks AS override_failed_checks,
                   o.recorded_at AS override_recorded_at
              FROM enterprise e LEFT JOIN credit_code_override o ON o.enterprise_id = e.id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, StandingCriterion> criteria;

    JdbcEnterprises(JdbcClient jdbc, Clock clock, List<StandingCriterion> criteria) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.criteria = criteria.stream().collect(Collectors.toUnmodifiableMap(StandingCriterion::name, c -> c));
    }

    private EnterpriseConditions conditions(EnterpriseFilter filter) {
        return EnterpriseConditions.of(filter, LocalDate.now(clock), criteria);
    }

    @Override
    public void add(Enterprise e) {
        try {
            jdbc.sql("""
                    INSERT INTO enterprise (id, credit_code, name, town, village, grid, address, latitude, longitude,
                        industry_area, supervising_department, version, created_at, updated_at)
                    VALUES (:id, :creditCode, :name, :town, :village, :grid, :address, :latitude, :longitude,
                        :industryArea, :department, :version, :createdAt, :updatedAt)""")
                    .params(columnsOf(e))
                    .param("creditCode", e.creditCode().value())
                    .param("createdAt", e.createdAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new DuplicateCreditCodeException(e.creditCode().value());
        }
        CodeCheckOverride o = e.codeCheckOverride();
        if (o != null) {
            jdbc.sql("""
                    INSERT INTO credit_code_override (id, enterprise_id, credit_code, failed_checks, reason, actor,
                        recorded_at)
                    VALUES (:id, :enterpriseId, :creditCode, :failedChecks, :reason, :actor, :recordedAt)""")
                    .param("id", UUID.randomUUID())
                    .param("enterpriseId", e.id())
                    .param("creditCode", e.creditCode().value())
                    .param("failedChecks", o.failedChecks().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("reason", o.reason())
                    .param("actor", o.actor())
                    .param("recordedAt", o.recordedAt())
                    .update();
        }
    }

    @Override
    public boolean exists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enterprise WHERE id = :id AND NOT deleted AND " + IN_SCOPE + ")")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<Enterprise> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND NOT e.deleted AND " + E_IN_SCOPE)
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcEnterprises::map)
                .optional();
    }

    @Override
    public Optional<Enterprise> lockById(UUID id) {
        // FOR UPDATE OF e: the override row (outer-joined) cannot be locked, and needs no lock.
        return jdbc.sql(SELECT + " WHERE e.id = :id AND NOT e.deleted AND " + E_IN_SCOPE + " FOR UPDATE OF e")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcEnterprises::map)
                .optional();
    }

    @Override
    public List<Enterprise> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE e.id = ANY(:ids) AND NOT e.deleted AND " + E_IN_SCOPE)
                .param("ids", ids.toArray(UUID[]::new)).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcEnterprises::map)
                .list();
    }

    @Override
    public Optional<Enterprise> byCreditCode(CreditCode code) {
        return jdbc.sql(SELECT + " WHERE e.credit_code = :code AND NOT e.deleted AND " + E_IN_SCOPE)
                .param("code", code.value()).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcEnterprises::map)
                .optional();
    }

    @Override
    public OptionalLong versionOf(UUID id) {
        return jdbc.sql("SELECT version FROM enterprise WHERE id = :id AND NOT deleted AND " + IN_SCOPE)
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public boolean update(Enterprise e, long basedOn) {
        int rows = jdbc.sql("""
                UPDATE enterprise
                   SET name = :name, town = :town, village = :village, grid = :grid, address = :address,
                       latitude = :latitude, longitude = :longitude, industry_area = :industryArea,
                       supervising_department = :department, risk_colour = :riskColour,
                       dual_prevention_built = :dualPrevention, version = :version, updated_at = :updatedAt
                 WHERE id = :id AND version = :basedOn AND NOT deleted AND\s""" + IN_SCOPE)
                .params(columnsOf(e))
                .param("basedOn", basedOn)
                .param(TownScope.PARAMETER, TownScope.parameterValue())
                .update();
        return rows == 1;
    }

    // The columns an insert and an update both write, by parameter name.
    private static Map<String, Object> columnsOf(Enterprise e) {
        Place p = e.place();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", e.id());
        columns.put("name", e.name());
        columns.put("town", p.town());
        columns.put("village", p.village());
        columns.put("grid", p.grid());
        columns.put("address", p.address());
        columns.put("latitude", p.latitude());
        columns.put("longitude", p.longitude());
        columns.put("industryArea", e.industryArea().name());
        columns.put("department", e.supervisingDepartment());
        columns.put("riskColour", e.riskColour() == null ? null : e.riskColour().name());
        columns.put("dualPrevention", e.dualPreventionBuilt());
        columns.put("version", e.version());
        columns.put("updatedAt", e.updatedAt());
        return columns;
    }

    @Override
    public boolean delete(UUID id, Long basedOn, OffsetDateTime now) {
        // The version moves on with the deletion, so the provincial sync sees it as a change.
        String sql = "UPDATE enterprise SET deleted = true, version = version + 1, updated_at = :now"
                + " WHERE id = :id AND NOT deleted AND " + IN_SCOPE
                + (basedOn == null ? "" : " AND version = :basedOn");
        var statement = jdbc.sql(sql).param("id", id).param("now", now)
                .param(TownScope.PARAMETER, TownScope.parameterValue());
        if (basedOn != null) {
            statement = statement.param("basedOn", basedOn);
        }
        return statement.update() == 1;
    }

    @Override
    public Page<Enterprise> list(EnterpriseFilter filter, PageRequest page) {
        EnterpriseConditions where = conditions(filter);
        long total = count(where);
        List<Enterprise> items = total == 0 ? List.of()
                : where.bind(jdbc.sql(SELECT + where.where()
                        + " ORDER BY e.name, e.id LIMIT :pageLimit OFFSET :pageOffset"))
                        .params(Map.of("pageLimit", page.size(), "pageOffset", page.offset()))
                        .query(JdbcEnterprises::map)
                        .list();
        return Page.of(items, page, total);
    }

    @Override
    public List<Enterprise> idOrdered(EnterpriseFilter filter, UUID after, int limit) {
        EnterpriseConditions where = conditions(filter);
        if (after != null) {
            where.add("e.id > :after", Map.of("after", after));
        }
        return where.bind(jdbc.sql(SELECT + where.where() + " ORDER BY e.id LIMIT :pageLimit"))
                .param("pageLimit", limit)
                .query(JdbcEnterprises::map)
                .list();
    }

    @Override
    public List<Enterprise> located(EnterpriseFilter filter) {
        EnterpriseConditions where = conditions(filter).add("e.latitude IS NOT NULL", Map.of());
        return where.bind(jdbc.sql(SELECT + where.where() + " ORDER BY e.name, e.id"))
                .query(JdbcEnterprises::map)
                .list();
    }

    @Override
    public long count(EnterpriseFilter filter) {
        return count(conditions(filter));
    }

    private long count(EnterpriseConditions where) {
        return where.bind(jdbc.sql("SELECT count(*) FROM enterprise e" + where.where())).query(Long.class).single();
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        Place place = new Place(rs.getString("town"), rs.getString("village"), rs.getString("grid"),
                rs.getString("address"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class));
        // Stored codes were checked on registration; those accepted by an override fail the check on purpose.
        return new Enterprise(rs.getObject("id", UUID.class), CreditCode.ofFormat(rs.getString("credit_code")),
                rs.getString("name"), place, IndustryArea.valueOf(rs.getString("industry_area")),
                rs.getString("supervising_department"), colour(rs.getString("risk_colour")),
                rs.getBoolean("dual_prevention_built"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                override(rs));
    }

    private static RiskColour colour(String stored) {
        return stored == null ? null : RiskColour.valueOf(stored);
    }

    private static CodeCheckOverride override(ResultSet rs) throws SQLException {
        Array failed = rs.getArray("override_failed_checks");
        if (failed == null) {
            return null;
        }
        Set<CreditCodeCheck> checks = Arrays.stream((String[]) failed.getArray()).map(CreditCodeCheck::valueOf)
                .collect(Collectors.toSet());
        return new CodeCheckOverride(rs.getString("override_reason"), rs.getString("override_actor"), checks,
                rs.getObject("override_recorded_at", OffsetDateTime.class));
    }
}
