package cn.gov.sucheng.worksafety.enterprise.insurance.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.insurance.application.LiabilityPolicies;
import cn.gov.sucheng.worksafety.enterprise.insurance.application.PolicyQuery;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.Cancellation;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.LiabilityPolicy;
import cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql;
import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.platform.time.Validity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLiabilityPolicies implements LiabilityPolicies {

    // A town-level caller (TownScope) finds and changes only what belongs to its town's enterprises.
    private static final String IN_SCOPE = EnterpriseSql.inCallersTown("enterprise_id");

    private static final String COLUMNS = """
            id, enterprise_id, policy_number, insurer, starts_on, ends_on, premium, insured_amount_per_person,
            recorded_by, cancelled_from, cancellation_reason, cancelled_by, cancellation_recorded_at, version,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcLiabilityPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(LiabilityPolicy p) {
        try {
            jdbc.sql("INSERT INTO liability_policy (" + COLUMNS + """
                    ) VALUES (:id, :enterpriseId, :policyNumber, :insurer, :startsOn, :endsOn, :premium,
                    :insuredAmountPerPerson, :recordedBy, NULL, NULL, NULL, NULL, :version, :createdAt, :updatedAt)""")
                    .param("id", p.id())
                    .param("enterpriseId", p.enterpriseId())
                    .param("policyNumber", p.policyNumber())
                    .param("insurer", p.insurer())
                    .param("startsOn", p.period().firstDay())
                    .param("endsOn", p.period().lastDay())
                    .param("premium", p.premium())
                    .param("insuredAmountPerPerson", p.insuredAmountPerPerson())
                    .param("recordedBy", p.recordedBy())
                    .param("version", p.version())
                    .param("createdAt", p.createdAt())
                    .param("updatedAt", p.updatedAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new AlreadyExistsException("a liability insurance policy numbered " + p.policyNumber()
                    + " is recorded already");
        }
    }

    @Override
    public Optional<LiabilityPolicy> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM liability_policy WHERE id = :id AND " + IN_SCOPE)
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcLiabilityPolicies::map)
                .optional();
    }

    @Override
    public Optional<LiabilityPolicy> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM liability_policy WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcLiabilityPolicies::map)
                .optional();
    }

    @Override
    public void update(LiabilityPolicy p) {
        Cancellation c = p.cancellation();
        jdbc.sql("""
                UPDATE liability_policy SET cancelled_from = :cancelledFrom, cancellation_reason = :reason,
                cancelled_by = :cancelledBy, cancellation_recorded_at = :recordedAt, version = :version,
                updated_at = :updatedAt WHERE id = :id""")
                .param("id", p.id())
                .param("cancelledFrom", c == null ? null : c.effectiveOn())
                .param("reason", c == null ? null : c.reason())
                .param("cancelledBy", c == null ? null : c.actor())
                .param("recordedAt", c == null ? null : c.recordedAt())
                .param("version", p.version())
                .param("updatedAt", p.updatedAt())
                .update();
    }

    @Override
    public Page<LiabilityPolicy> find(PolicyQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(IN_SCOPE);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (query.enterpriseId() != null) {
            where.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", query.enterpriseId());
        }
        if (query.inForceOn() != null) {
            where.add(LiabilityCoverSql.inForce("", ":inForceOn"));
            params.put("inForceOn", query.inForceOn());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM liability_policy" + filter).params(params).query(Long.class)
                .single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<LiabilityPolicy> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM liability_policy" + filter
                        + " ORDER BY starts_on DESC, policy_number LIMIT :limit OFFSET :offset")
                        .params(params)
                        .query(JdbcLiabilityPolicies::map)
                        .list();
        return Page.of(items, page, total);
    }

    private static LiabilityPolicy map(ResultSet rs, int row) throws SQLException {
        LocalDate cancelledFrom = rs.getObject("cancelled_from", LocalDate.class);
        Cancellation cancellation = cancelledFrom == null ? null
                : new Cancellation(cancelledFrom, rs.getString("cancellation_reason"), rs.getString("cancelled_by"),
                        rs.getObject("cancellation_recorded_at", OffsetDateTime.class));
        return new LiabilityPolicy(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("policy_number"), rs.getString("insurer"),
                new Validity(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
                rs.getBigDecimal("premium"), rs.getBigDecimal("insured_amount_per_person"), rs.getString("recorded_by"),
                cancellation, rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
