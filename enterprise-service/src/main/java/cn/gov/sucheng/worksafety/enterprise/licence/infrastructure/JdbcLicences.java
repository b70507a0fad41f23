package cn.gov.sucheng.worksafety.enterprise.licence.infrastructure;

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

import cn.gov.sucheng.worksafety.enterprise.licence.application.DuplicateLicenceNumberException;
import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceQuery;
import cn.gov.sucheng.worksafety.enterprise.licence.application.Licences;
import cn.gov.sucheng.worksafety.enterprise.licence.model.Licence;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceAction;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceEvent;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceStanding;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;
import cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLicences implements Licences {

    // A town-level caller (TownScope) finds and changes only what belongs to its town's enterprises.
    private static final String IN_SCOPE = EnterpriseSql.inCallersTown("enterprise_id");

    private static final String COLUMNS = """
            id, enterprise_id, number, scope, issuing_authority, issued_on, expires_on, standing, version,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcLicences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Licence l) {
        try {
            jdbc.sql("INSERT INTO licence (" + COLUMNS + """
                    ) VALUES (:id, :enterpriseId, :number, :scope, :issuingAuthority, :issuedOn, :expiresOn,
                    :standing, :version, :createdAt, :updatedAt)""")
                    .param("id", l.id())
                    .param("enterpriseId", l.enterpriseId())
                    .param("number", l.number())
                    .param("scope", l.scope())
                    .param("issuingAuthority", l.issuingAuthority())
                    .param("issuedOn", l.issuedOn())
                    .param("expiresOn", l.expiresOn())
                    .param("standing", l.standing().name())
                    .param("version", l.version())
                    .param("createdAt", l.createdAt())
                    .param("updatedAt", l.updatedAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new DuplicateLicenceNumberException(l.number());
        }
    }

    @Override
    public Optional<Licence> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM licence WHERE id = :id AND " + IN_SCOPE)
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcLicences::map)
                .optional();
    }

    @Override
    public Optional<Licence> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM licence WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcLicences::map)
                .optional();
    }

    @Override
    public void update(Licence l) {
        jdbc.sql("""
                UPDATE licence SET expires_on = :expiresOn, standing = :standing, version = :version,
                updated_at = :updatedAt WHERE id = :id""")
                .param("id", l.id())
                .param("expiresOn", l.expiresOn())
                .param("standing", l.standing().name())
                .param("version", l.version())
                .param("updatedAt", l.updatedAt())
                .update();
    }

    @Override
    public Page<Licence> find(LicenceQuery query, LocalDate today, LicenceTerms terms, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        where.add(IN_SCOPE);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (query.enterpriseId() != null) {
            where.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", query.enterpriseId());
        }
        if (query.state() != null) {
            where.add(LicenceStateSql.condition(query.state(), "", ":today", ":windowEdge"));
            params.put("windowEdge", terms.latestExpiryInWindowOn(today));
        }
        if (query.expiringWithinDays() != null) {
            where.add("standing = 'ACTIVE' AND expires_on BETWEEN :today AND :reminderEdge");
            params.put("reminderEdge", today.plusDays(query.expiringWithinDays()));
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM licence" + filter).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<Licence> items = jdbc.sql("SELECT " + COLUMNS + " FROM licence" + filter
                        + " ORDER BY expires_on, number LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcLicences::map)
                .list();
        return Page.of(items, page, total);
    }

    @Override
    public List<Licence> ofEnterprise(UUID enterpriseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM licence WHERE enterprise_id = :enterpriseId"
                        + " ORDER BY issued_on DESC, number")
                .param("enterpriseId", enterpriseId)
                .query(JdbcLicences::map)
                .list();
    }

    @Override
    public void record(LicenceEvent e) {
        jdbc.sql("""
                INSERT INTO licence_event (licence_id, action, actor, reason, expires_on, occurred_at)
                VALUES (:licenceId, :action, :actor, :reason, :expiresOn, :occurredAt)""")
                .param("licenceId", e.licenceId())
                .param("action", e.action().name())
                .param("actor", e.actor())
                .param("reason", e.reason())
                .param("expiresOn", e.expiresOn())
                .param("occurredAt", e.occurredAt())
                .update();
    }

    @Override
    public Page<LicenceEvent> events(UUID licenceId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM licence_event WHERE licence_id = :licenceId")
                .param("licenceId", licenceId)
                .query(Long.class)
                .single();
        List<LicenceEvent> items = jdbc.sql("""
                SELECT licence_id, action, actor, reason, expires_on, occurred_at FROM licence_event
                WHERE licence_id = :licenceId ORDER BY seq LIMIT :limit OFFSET :offset""")
                .param("licenceId", licenceId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new LicenceEvent(rs.getObject("licence_id", UUID.class),
                        LicenceAction.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("reason"),
                        rs.getObject("expires_on", LocalDate.class), rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
        return Page.of(items, page, total);
    }

    private static Licence map(ResultSet rs, int row) throws SQLException {
        return new Licence(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("number"), rs.getString("scope"), rs.getString("issuing_authority"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                LicenceStanding.valueOf(rs.getString("standing")), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
