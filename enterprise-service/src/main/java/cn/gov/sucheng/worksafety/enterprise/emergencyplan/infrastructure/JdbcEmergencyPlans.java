package cn.gov.sucheng.worksafety.enterprise.emergencyplan.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.application.EmergencyPlans;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.application.PlanFilter;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanReview;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanType;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.ReviewOutcome;
import cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql;
import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEmergencyPlans implements EmergencyPlans {

    // A town-level caller (TownScope) finds and changes only what belongs to its town's enterprises.
    private static final String IN_SCOPE = EnterpriseSql.inCallersTown("enterprise_id");

    private static final String COLUMNS = """
            id, enterprise_id, title, type, filing_number, filed_on, filing_authority, review_due_on, version,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcEmergencyPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(EmergencyPlan p) {
        try {
            jdbc.sql("INSERT INTO emergency_plan (" + COLUMNS + """
                    ) VALUES (:id, :enterpriseId, :title, :type, :filingNumber, :filedOn, :filingAuthority,
                    :reviewDueOn, :version, :createdAt, :updatedAt)""")
                    .param("id", p.id())
                    .param("enterpriseId", p.enterpriseId())
                    .param("title", p.title())
                    .param("type", p.type().name())
                    .param("filingNumber", p.filingNumber())
                    .param("filedOn", p.filedOn())
                    .param("filingAuthority", p.filingAuthority())
                    .param("reviewDueOn", p.reviewDueOn())
                    .param("version", p.version())
                    .param("createdAt", p.createdAt())
                    .param("updatedAt", p.updatedAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new AlreadyExistsException("a plan with filing number " + p.filingNumber() + " is already filed");
        }
    }

    @Override
    public void update(EmergencyPlan p, PlanReview r) {
        jdbc.sql("""
                UPDATE emergency_plan SET review_due_on = :reviewDueOn, version = :version, updated_at = :updatedAt
                WHERE id = :id""")
                .param("reviewDueOn", p.reviewDueOn())
                .param("version", p.version())
                .param("updatedAt", p.updatedAt())
                .param("id", p.id())
                .update();
        jdbc.sql("""
                INSERT INTO emergency_plan_review (plan_id, reviewed_on, outcome, next_review_due_on, reviewed_by, recorded_at)
                VALUES (:planId, :reviewedOn, :outcome, :nextReviewDueOn, :reviewedBy, :recordedAt)""")
                .param("planId", p.id())
                .param("reviewedOn", r.reviewedOn())
                .param("outcome", r.outcome().name())
                .param("nextReviewDueOn", r.nextReviewDueOn())
                .param("reviewedBy", r.reviewedBy())
                .param("recordedAt", r.recordedAt())
                .update();
    }

    @Override
    public Optional<EmergencyPlan> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM emergency_plan WHERE id = :id AND " + IN_SCOPE, id);
    }

    @Override
    public Optional<EmergencyPlan> lockById(UUID id) {
        return one("SELECT " + COLUMNS + " FROM emergency_plan WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE", id);
    }

    @Override
    public List<EmergencyPlan> ofEnterprise(UUID enterpriseId) {
        return withReviews(jdbc.sql("SELECT " + COLUMNS
                        + " FROM emergency_plan WHERE enterprise_id = :enterpriseId ORDER BY filed_on DESC, id")
                .param("enterpriseId", enterpriseId)
                .query(JdbcEmergencyPlans::row)
                .list());
    }

    @Override
    public Page<EmergencyPlan> find(PlanFilter filter, LocalDate today, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add(IN_SCOPE);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (filter.enterpriseId() != null) {
            conditions.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", filter.enterpriseId());
        }
        if (filter.reviewDueWithinDays() != null) {
            conditions.add("review_due_on <= :dueBy");
            params.put("dueBy", today.plusDays(filter.reviewDueWithinDays()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM emergency_plan" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM emergency_plan" + where
                        + " ORDER BY review_due_on, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcEmergencyPlans::row)
                .list();
        return Page.of(withReviews(rows), page, total);
    }

    private Optional<EmergencyPlan> one(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcEmergencyPlans::row).optional()
                .map(row -> withReviews(List.of(row)).get(0));
    }

    // Loads the reviews of a page of plans in one query rather than one per plan.
    private List<EmergencyPlan> withReviews(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PlanReview>> reviews = new LinkedHashMap<>();
        rows.forEach(row -> reviews.put(row.id(), new ArrayList<>()));
        jdbc.sql("""
                SELECT plan_id, reviewed_on, outcome, next_review_due_on, reviewed_by, recorded_at
                FROM emergency_plan_review WHERE plan_id = ANY(:ids) ORDER BY id""")
                .param("ids", reviews.keySet().toArray(UUID[]::new))
                .query(rs -> {
                    reviews.get(rs.getObject("plan_id", UUID.class)).add(new PlanReview(
                            rs.getObject("reviewed_on", LocalDate.class), ReviewOutcome.valueOf(rs.getString("outcome")),
                            rs.getObject("next_review_due_on", LocalDate.class), rs.getString("reviewed_by"),
                            rs.getObject("recorded_at", OffsetDateTime.class)));
                });
        return rows.stream().map(row -> row.with(reviews.get(row.id()))).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("title"), PlanType.valueOf(rs.getString("type")), rs.getString("filing_number"),
                rs.getObject("filed_on", LocalDate.class), rs.getString("filing_authority"),
                rs.getObject("review_due_on", LocalDate.class), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    // A plan row before its reviews are attached.
    private record Row(UUID id, UUID enterpriseId, String title, PlanType type, String filingNumber,
            LocalDate filedOn, String filingAuthority, LocalDate reviewDueOn, long version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        EmergencyPlan with(List<PlanReview> reviews) {
            return new EmergencyPlan(id, enterpriseId, title, type, filingNumber, filedOn, filingAuthority,
                    reviewDueOn, reviews, version, createdAt, updatedAt);
        }
    }
}
