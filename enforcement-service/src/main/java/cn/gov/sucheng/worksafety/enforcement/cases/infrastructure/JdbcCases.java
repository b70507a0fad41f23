package cn.gov.sucheng.worksafety.enforcement.cases.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseDocument;
import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseFilter;
import cn.gov.sucheng.worksafety.enforcement.cases.application.Cases;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseState;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CreditOutcome;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.cases.model.EnforcementCase;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their documents in PostgreSQL. */
@Repository
class JdbcCases implements Cases {

    private static final String COLUMNS = """
            id, enterprise_id, town, inspection_id, violation_type, major, summary, state, filed_on, deadline, extended,
            fine, credit_kind, credit_start, credit_end, version""";

    private final JdbcClient jdbc;

    JdbcCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(EnforcementCase c, String filedBy) {
        jdbc.sql("INSERT INTO enforcement_case (" + COLUMNS + """
                , filed_by) VALUES (:id, :enterpriseId, :town, :inspectionId, :violationType, :major, :summary, :state,
                :filedOn, :deadline, :extended, :fine, :creditKind, :creditStart, :creditEnd, :version, :filedBy)""")
                .params(params(c)).param("filedBy", filedBy).update();
    }

    @Override
    public void update(EnforcementCase c) {
        jdbc.sql("""
                UPDATE enforcement_case SET state = :state, deadline = :deadline, extended = :extended, fine = :fine,
                credit_kind = :creditKind, credit_start = :creditStart, credit_end = :creditEnd, version = :version
                WHERE id = :id""").params(params(c)).update();
    }

    private static Map<String, Object> params(EnforcementCase c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", c.id());
        p.put("enterpriseId", c.enterpriseId());
        p.put("town", c.town());
        p.put("inspectionId", c.inspectionId());
        p.put("violationType", c.violationType());
        p.put("major", c.major());
        p.put("summary", c.summary());
        p.put("state", c.state().name());
        p.put("filedOn", c.filedOn());
        p.put("deadline", c.deadline());
        p.put("extended", c.extended());
        p.put("fine", c.fine());
        p.put("creditKind", c.creditOutcome() == null ? null : c.creditOutcome().kind().name());
        p.put("creditStart", c.creditOutcome() == null ? null : c.creditOutcome().startDate());
        p.put("creditEnd", c.creditOutcome() == null ? null : c.creditOutcome().endDate());
        p.put("version", c.version());
        return p;
    }

    @Override
    public Optional<EnforcementCase> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE id = :id").param("id", id)
                .query(JdbcCases::map).optional();
    }

    @Override
    public Optional<EnforcementCase> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcCases::map).optional();
    }

    @Override
    public Page<EnforcementCase> find(CaseFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        // A town-level caller's data scope; cases of an enterprise whose town is not known stay district-only.
        conditions.add(TownScope.sqlPredicate("town"));
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (filter.enterpriseId() != null) {
            conditions.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", filter.enterpriseId());
        }
        if (filter.state() != null) {
            conditions.add("state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.dueBy() != null) {
            conditions.add("state NOT IN ('CLOSED', 'TRANSFERRED') AND deadline <= :dueBy");
            params.put("dueBy", filter.dueBy());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM enforcement_case" + where).params(params).query(Long.class).single();
        String order = filter.dueBy() != null ? " ORDER BY deadline, id" : " ORDER BY filed_on DESC, id";
        List<EnforcementCase> items = jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_case" + where + order
                + " LIMIT :limit OFFSET :offset").params(params).param("limit", page.size())
                .param("offset", page.offset()).query(JdbcCases::map).list();
        return Page.of(items, page, total);
    }

    @Override
    public CaseFigures figuresOf(UUID enterpriseId) {
        return jdbc.sql("""
                SELECT count(*) AS total, count(*) FILTER (WHERE state NOT IN ('CLOSED', 'TRANSFERRED')) AS open,
                coalesce(sum(fine), 0) AS fines FROM enforcement_case WHERE enterprise_id = :id""")
                .param("id", enterpriseId)
                .query((rs, n) -> new CaseFigures(rs.getLong("total"), rs.getLong("open"), rs.getBigDecimal("fines")))
                .single();
    }

    @Override
    public int nextSerial(DocumentKind kind, int year) {
        return jdbc.sql("""
                INSERT INTO document_counter (kind, year, last) VALUES (:kind, :year, 1)
                ON CONFLICT (kind, year) DO UPDATE SET last = document_counter.last + 1 RETURNING last""")
                .param("kind", kind.name()).param("year", year).query(Integer.class).single();
    }

    @Override
    public void addDocument(CaseDocument d, int year, int serial) {
        jdbc.sql("""
                INSERT INTO case_document (id, case_id, kind, year, serial, number, issued_on)
                VALUES (:id, :caseId, :kind, :year, :serial, :number, :issuedOn)""")
                .param("id", d.id()).param("caseId", d.caseId()).param("kind", d.kind().name()).param("year", year)
                .param("serial", serial).param("number", d.number()).param("issuedOn", d.issuedOn()).update();
    }

    @Override
    public List<CaseDocument> documentsOf(UUID caseId) {
        return jdbc.sql("SELECT id, case_id, kind, number, issued_on FROM case_document WHERE case_id = :id ORDER BY issued_on, number")
                .param("id", caseId)
                .query((rs, n) -> new CaseDocument(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"),
                        rs.getObject("issued_on", LocalDate.class)))
                .list();
    }

    private static EnforcementCase map(ResultSet rs, int n) throws SQLException {
        String creditKind = rs.getString("credit_kind");
        CreditOutcome outcome = creditKind == null ? null : new CreditOutcome(CreditOutcome.Kind.valueOf(creditKind),
                rs.getObject("credit_start", LocalDate.class), rs.getObject("credit_end", LocalDate.class));
        return new EnforcementCase(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("town"),
                rs.getObject("inspection_id", UUID.class), rs.getString("violation_type"), rs.getBoolean("major"),
                rs.getString("summary"), CaseState.valueOf(rs.getString("state")),
                rs.getObject("filed_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getBoolean("extended"), rs.getBigDecimal("fine"), outcome, rs.getLong("version"));
    }
}
