package cn.gov.sucheng.worksafety.training.officer.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.officer.application.Officers;
import cn.gov.sucheng.worksafety.training.officer.model.BackgroundShare;
import cn.gov.sucheng.worksafety.training.officer.model.Officer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOfficers implements Officers {

    private static final String COLUMNS = """
            id, name, badge_number, department, credential_valid_until, safety_background, training_hours,
            tied_enterprise_ids, suspension_reason, version, created_at, updated_at""";
    // The same rule as Officer.eligibleOn.
    private static final String ELIGIBLE = "(credential_valid_until >= :day AND NOT suspended)";

    private final JdbcClient jdbc;

    JdbcOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Officer o) {
        try {
            jdbc.sql("INSERT INTO officer (" + COLUMNS + ", suspended" + """
                    ) VALUES (:id, :name, :badge, :department, :validUntil, :background, :hours, :tied::uuid[],
                    :suspension, :version, :createdAt, :updatedAt, :suspended)""")
                    .param("id", o.id()).param("name", o.name()).param("badge", o.badgeNumber())
                    .param("department", o.department()).param("validUntil", o.credentialValidUntil())
                    .param("background", o.safetyBackground()).param("hours", o.trainingHours())
                    .param("tied", o.tiedEnterpriseIds().stream().map(UUID::toString).sorted().toArray(String[]::new))
                    .param("suspension", o.suspensionReason()).param("suspended", o.suspended())
                    .param("version", o.version()).param("createdAt", o.createdAt()).param("updatedAt", o.updatedAt())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new AlreadyExistsException("an officer with badge number " + o.badgeNumber() + " is registered already");
        }
    }

    @Override
    public Optional<Officer> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE id = :id").param("id", id)
                .query(JdbcOfficers::map).optional();
    }

    @Override
    public Optional<Officer> byBadge(String badgeNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE badge_number = :badge").param("badge", badgeNumber)
                .query(JdbcOfficers::map).optional();
    }

    @Override
    public Optional<Officer> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcOfficers::map).optional();
    }

    @Override
    public void update(Officer o) {
        jdbc.sql("""
                UPDATE officer SET credential_valid_until = :validUntil, suspended = :suspended,
                suspension_reason = :suspension, version = :version, updated_at = :updatedAt WHERE id = :id""")
                .param("id", o.id()).param("validUntil", o.credentialValidUntil()).param("suspended", o.suspended())
                .param("suspension", o.suspensionReason()).param("version", o.version())
                .param("updatedAt", o.updatedAt())
                .update();
    }

    @Override
    public Page<Officer> find(String department, Boolean eligible, LocalDate day, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("day", day);
        String filter = " WHERE true";
        if (department != null) {
            filter += " AND department = :department";
            params.put("department", department);
        }
        if (eligible != null) {
            filter += eligible ? " AND " + ELIGIBLE : " AND NOT " + ELIGIBLE;
        }
        long total = jdbc.sql("SELECT count(*) FROM officer" + filter).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<Officer> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM officer" + filter
                        + " ORDER BY badge_number LIMIT :limit OFFSET :offset")
                        .params(params).query(JdbcOfficers::map).list();
        return Page.of(items, page, total);
    }

    @Override
    public List<Officer> eligible(LocalDate day, String department, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("day", day);
        params.put("limit", limit);
        String filter = " WHERE " + ELIGIBLE;
        if (department != null) {
            filter += " AND department = :department";
            params.put("department", department);
        }
        if (afterId != null) {
            filter += " AND id > :afterId";
            params.put("afterId", afterId);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer" + filter + " ORDER BY id LIMIT :limit")
                .params(params).query(JdbcOfficers::map).list();
    }

    @Override
    public BackgroundShare backgroundShare(String department) {
        return jdbc.sql("SELECT count(*) AS officers, count(*) FILTER (WHERE safety_background) AS background"
                + " FROM officer WHERE (CAST(:department AS varchar) IS NULL OR department = :department)")
                .param("department", department)
                .query((rs, row) -> new BackgroundShare(rs.getLong("officers"), rs.getLong("background")))
                .single();
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        UUID[] tied = (UUID[]) rs.getArray("tied_enterprise_ids").getArray();
        return new Officer(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("badge_number"),
                rs.getString("department"), rs.getObject("credential_valid_until", LocalDate.class),
                rs.getBoolean("safety_background"), rs.getInt("training_hours"), Set.of(tied),
                rs.getString("suspension_reason"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
