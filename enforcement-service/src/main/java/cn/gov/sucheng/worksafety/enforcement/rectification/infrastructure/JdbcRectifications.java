package cn.gov.sucheng.worksafety.enforcement.rectification.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.rectification.application.Rectifications;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.Origin;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.RectificationDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders to correct and re-inspection opinions in PostgreSQL. */
@Repository
class JdbcRectifications implements Rectifications {

    private static final String COLUMNS = """
            id, kind, number, inspection_id, case_id, enterprise_id, town, issued_on, issued_by, correct_by,
            requirements, order_id, reinspected_on, corrected, opinion""";

    private final JdbcClient jdbc;

    JdbcRectifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RectificationDocument d, int year, int serial) {
        Origin o = d.origin();
        jdbc.sql("INSERT INTO rectification_document (" + COLUMNS + """
                , year, serial) VALUES (:id, :kind, :number, :inspectionId, :caseId, :enterpriseId, :town, :issuedOn,
                :issuedBy, :correctBy, :requirements, :orderId, :reinspectedOn, :corrected, :opinion, :year, :serial)""")
                .param("id", d.id()).param("kind", d.kind().name()).param("number", d.number())
                .param("inspectionId", o.kind() == Origin.Kind.INSPECTION ? o.id() : null)
                .param("caseId", o.kind() == Origin.Kind.CASE ? o.id() : null)
                .param("enterpriseId", o.enterpriseId()).param("town", o.town())
                .param("issuedOn", d.issuedOn()).param("issuedBy", d.issuedBy()).param("correctBy", d.correctBy())
                .param("requirements", d.kind() == DocumentKind.ORDER_TO_CORRECT ? d.requirements().toArray(String[]::new) : null)
                .param("orderId", d.orderId()).param("reinspectedOn", d.reinspectedOn())
                .param("corrected", d.corrected()).param("opinion", d.opinion())
                .param("year", year).param("serial", serial).update();
    }

    @Override
    public Optional<RectificationDocument> byId(Origin origin, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rectification_document WHERE id = :id AND " + originColumn(origin)
                + " = :originId").param("id", id).param("originId", origin.id())
                .query((rs, n) -> map(rs, origin)).optional();
    }

    @Override
    public List<RectificationDocument> of(Origin origin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rectification_document WHERE " + originColumn(origin)
                + " = :originId ORDER BY issued_on, kind, serial").param("originId", origin.id())
                .query((rs, n) -> map(rs, origin)).list();
    }

    private static String originColumn(Origin origin) {
        return origin.kind() == Origin.Kind.INSPECTION ? "inspection_id" : "case_id";
    }

    private static RectificationDocument map(ResultSet rs, Origin origin) throws SQLException {
        Array requirements = rs.getArray("requirements");
        Object corrected = rs.getObject("corrected");
        return new RectificationDocument(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("number"), origin, rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"),
                rs.getObject("correct_by", LocalDate.class),
                requirements == null ? List.of() : Arrays.asList((String[]) requirements.getArray()),
                rs.getObject("order_id", UUID.class), rs.getObject("reinspected_on", LocalDate.class),
                corrected == null ? null : (Boolean) corrected, rs.getString("opinion"));
    }
}
