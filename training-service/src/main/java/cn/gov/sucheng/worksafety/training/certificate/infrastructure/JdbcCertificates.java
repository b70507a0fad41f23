package cn.gov.sucheng.worksafety.training.certificate.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.certificate.application.Certificates;
import cn.gov.sucheng.worksafety.training.certificate.model.Certificate;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateKind;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateReview;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateState;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewFindings;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewRule;
import cn.gov.sucheng.worksafety.training.certificate.model.Revocation;
import cn.gov.sucheng.worksafety.training.trainee.infrastructure.TraineeTownScope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A certificate belongs to its holder's town: a town-level caller (TownScope) finds only those of its town's
 * people, by id or in a list. Internal work and gRPC have no town and see all.
 */
@Repository
class JdbcCertificates implements Certificates {

    private static final String IN_SCOPE = TraineeTownScope.of("certificate.holder_id");

    private static final String COLUMNS = """
            id, number, holder_id, enterprise_id, kind, category, item, first_issued_on, valid_until, next_review_due,
            clean_practice_since, issued_by, revoked_on, revocation_reason, revoked_by, version, created_at, updated_at""";

    private static final String REVIEW_COLUMNS = """
            id, certificate_id, reviewed_on, due_on, passed, failed_rules, health_check_passed, violations,
            administrative_penalty, refresher_hours, exam_id, reviewed_by, created_at""";

    private final JdbcClient jdbc;

    JdbcCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Certificate c) {
        try {
            jdbc.sql("INSERT INTO certificate (" + COLUMNS + """
                    ) VALUES (:id, :number, :holderId, :enterpriseId, :kind, :category, :item, :firstIssuedOn,
                    :validUntil, :nextReviewDue, :cleanPracticeSince, :issuedBy, NULL, NULL, NULL, :version,
                    :createdAt, :updatedAt)""")
                    .param("id", c.id()).param("number", c.number()).param("holderId", c.holderId())
                    .param("enterpriseId", c.enterpriseId()).param("kind", c.kind().name())
                    .param("category", c.category()).param("item", c.item())
                    .param("firstIssuedOn", c.firstIssuedOn()).param("validUntil", c.validUntil())
                    .param("nextReviewDue", c.nextReviewDue()).param("cleanPracticeSince", c.cleanPracticeSince())
                    .param("issuedBy", c.issuedBy()).param("version", c.version())
                    .param("createdAt", c.createdAt()).param("updatedAt", c.updatedAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new AlreadyExistsException("a certificate numbered " + c.number() + " is issued already");
        }
    }

    @Override
    public Optional<Certificate> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = :id AND " + IN_SCOPE).param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcCertificates::map).optional();
    }

    @Override
    public Optional<Certificate> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcCertificates::map).optional();
    }

    @Override
    public void update(Certificate c) {
        Revocation r = c.revocation();
        jdbc.sql("""
                UPDATE certificate SET valid_until = :validUntil, next_review_due = :nextReviewDue,
                clean_practice_since = :clean, revoked_on = :revokedOn, revocation_reason = :reason,
                revoked_by = :revokedBy, version = :version, updated_at = :updatedAt WHERE id = :id""")
                .param("id", c.id()).param("validUntil", c.validUntil()).param("nextReviewDue", c.nextReviewDue())
                .param("clean", c.cleanPracticeSince())
                .param("revokedOn", r == null ? null : r.on())
                .param("reason", r == null ? null : r.reason())
                .param("revokedBy", r == null ? null : r.actor())
                .param("version", c.version()).param("updatedAt", c.updatedAt())
                .update();
    }

    @Override
    public void addReview(CertificateReview r) {
        jdbc.sql("INSERT INTO certificate_review (" + REVIEW_COLUMNS + """
                ) VALUES (:id, :certificateId, :reviewedOn, :dueOn, :passed, :failedRules, :health, :violations,
                :penalty, :hours, :examId, :reviewedBy, :createdAt)""")
                .param("id", r.id()).param("certificateId", r.certificateId()).param("reviewedOn", r.reviewedOn())
                .param("dueOn", r.dueOn()).param("passed", r.passed())
                .param("failedRules", r.failedRules().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("health", r.findings().healthCheckPassed()).param("violations", r.findings().violations())
                .param("penalty", r.findings().administrativePenalty())
                .param("hours", r.findings().refresherHours()).param("examId", r.examId())
                .param("reviewedBy", r.reviewedBy()).param("createdAt", r.createdAt())
                .update();
    }

    @Override
    public List<CertificateReview> reviewsOf(UUID certificateId) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM certificate_review WHERE certificate_id = :id"
                + " ORDER BY reviewed_on DESC, created_at DESC")
                .param("id", certificateId).query(JdbcCertificates::mapReview).list();
    }

    @Override
    public Page<Certificate> find(CertificateQuery query, LocalDate today, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        String filter = " WHERE " + IN_SCOPE;
        if (query.enterpriseId() != null) {
            filter += " AND enterprise_id = :enterpriseId";
            params.put("enterpriseId", query.enterpriseId());
        }
        if (query.holderId() != null) {
            filter += " AND holder_id = :holderId";
            params.put("holderId", query.holderId());
        }
        if (query.state() != null) {
            filter += " AND " + CertificateStateSql.is(query.state(), "", ":today");
        }
        if (query.dueWithin() != null) {
            filter += " AND (" + CertificateStateSql.is(CertificateState.VALID, "", ":today") + " OR "
                    + CertificateStateSql.is(CertificateState.REVIEW_DUE, "", ":today") + " OR "
                    + CertificateStateSql.is(CertificateState.OVERDUE, "", ":today") + ")"
                    + " AND next_review_due <= :dueBy";
            params.put("dueBy", today.plusDays(query.dueWithin()));
        }
        String order = query.dueWithin() != null ? "next_review_due, number" : "first_issued_on DESC, number";
        long total = jdbc.sql("SELECT count(*) FROM certificate" + filter).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<Certificate> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM certificate" + filter + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                        .params(params).query(JdbcCertificates::map).list();
        return Page.of(items, page, total);
    }

    static Certificate map(ResultSet rs, int row) throws SQLException {
        LocalDate revokedOn = rs.getObject("revoked_on", LocalDate.class);
        return new Certificate(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("holder_id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                CertificateKind.valueOf(rs.getString("kind")), rs.getString("category"), rs.getString("item"),
                rs.getObject("first_issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("next_review_due", LocalDate.class),
                rs.getObject("clean_practice_since", LocalDate.class), rs.getString("issued_by"),
                revokedOn == null ? null
                        : new Revocation(revokedOn, rs.getString("revocation_reason"), rs.getString("revoked_by")),
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static CertificateReview mapReview(ResultSet rs, int row) throws SQLException {
        String failed = rs.getString("failed_rules");
        return new CertificateReview(rs.getObject("id", UUID.class), rs.getObject("certificate_id", UUID.class),
                rs.getObject("reviewed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                new ReviewFindings(rs.getBoolean("health_check_passed"), rs.getInt("violations"),
                        rs.getBoolean("administrative_penalty"), rs.getInt("refresher_hours")),
                failed.isEmpty() ? List.of() : Arrays.stream(failed.split(",")).map(ReviewRule::valueOf).toList(),
                rs.getObject("exam_id", UUID.class), rs.getString("reviewed_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
