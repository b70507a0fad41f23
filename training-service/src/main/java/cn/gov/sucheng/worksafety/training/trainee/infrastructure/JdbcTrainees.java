package cn.gov.sucheng.worksafety.training.trainee.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.trainee.application.IdNumberVault;
import cn.gov.sucheng.worksafety.training.trainee.application.TraineeQuery;
import cn.gov.sucheng.worksafety.training.trainee.application.Trainees;
import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A town-level caller (TownScope) reads only its town's people: another town's person is not found, by id or in
 * a list, so nothing built on a person (certificates, exams, attendance) reaches across towns either. Internal
 * work and gRPC have no town and see all.
 */
@Repository
class JdbcTrainees implements Trainees {

    // The cipher and fingerprint are written, never read back into a record.
    private static final String COLUMNS = """
            id, name, id_number_masked, enterprise_id, enterprise_name, town, industry_area, key_post,
            high_risk_trade, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcTrainees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Trainee t, IdNumberVault.Sealed idNumber) {
        try {
            jdbc.sql("INSERT INTO trainee (" + COLUMNS + ", id_number_cipher, id_number_hmac" + """
                    ) VALUES (:id, :name, :masked, :enterpriseId, :enterpriseName, :town, :industryArea, :keyPost,
                    :highRisk, :version, :createdAt, :updatedAt, :cipher, :hmac)""")
                    .param("id", t.id())
                    .param("name", t.name())
                    .param("masked", t.maskedIdNumber())
                    .param("enterpriseId", t.enterpriseId())
                    .param("enterpriseName", t.enterpriseName())
                    .param("town", t.town())
                    .param("industryArea", t.industryArea())
                    .param("keyPost", t.keyPost().name())
                    .param("highRisk", t.highRiskTrade())
                    .param("version", t.version())
                    .param("createdAt", t.createdAt())
                    .param("updatedAt", t.updatedAt())
                    .param("cipher", idNumber.cipher())
                    .param("hmac", idNumber.fingerprint())
                    .update();
        }
        catch (DuplicateKeyException ex) {
            throw new AlreadyExistsException("a trainee with ID number " + t.maskedIdNumber() + " is registered already");
        }
    }

    @Override
    public Optional<Trainee> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trainee WHERE id = :id AND " + TownScope.sqlPredicate("town"))
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcTrainees::map).optional();
    }

    @Override
    public List<Trainee> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM trainee WHERE id IN (:ids) AND " + TownScope.sqlPredicate("town"))
                .param("ids", ids).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcTrainees::map).list();
    }

    @Override
    public Page<Trainee> find(TraineeQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(TownScope.sqlPredicate("town"));
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (query.enterpriseId() != null) {
            where.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", query.enterpriseId());
        }
        if (query.keyPost() != null) {
            where.add("key_post = :keyPost");
            params.put("keyPost", query.keyPost().name());
        }
        if (query.town() != null) {
            where.add("town = :town");
            params.put("town", query.town());
        }
        if (query.idNumberFingerprint() != null) {
            where.add("id_number_hmac = :hmac");
            params.put("hmac", query.idNumberFingerprint());
        }
        String filter = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM trainee" + filter).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<Trainee> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM trainee" + filter + " ORDER BY name, id LIMIT :limit OFFSET :offset")
                        .params(params).query(JdbcTrainees::map).list();
        return Page.of(items, page, total);
    }

    static Trainee map(ResultSet rs, int row) throws SQLException {
        return new Trainee(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("id_number_masked"),
                rs.getObject("enterprise_id", UUID.class), rs.getString("enterprise_name"), rs.getString("town"),
                rs.getString("industry_area"), KeyPost.valueOf(rs.getString("key_post")),
                rs.getBoolean("high_risk_trade"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
