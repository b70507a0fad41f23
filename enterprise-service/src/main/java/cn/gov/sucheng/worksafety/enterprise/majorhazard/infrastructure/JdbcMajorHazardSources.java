package cn.gov.sucheng.worksafety.enterprise.majorhazard.infrastructure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.MajorHazardSources;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.SourceFilter;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.Deregistration;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardGrade;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardRating;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardousSubstance;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceChief;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceChiefs;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceStatus;
import cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMajorHazardSources implements MajorHazardSources {

    // A town-level caller (TownScope) finds and changes only what belongs to its town's enterprises.
    private static final String IN_SCOPE = EnterpriseSql.inCallersTown("s.enterprise_id");

    private static final String COLUMNS = """
            s.id, s.enterprise_id, s.name, s.exposure_correction, s.r_value, s.grade,
            s.enterprise_chief_name, s.enterprise_chief_position, s.enterprise_chief_phone,
            s.town_chief_name, s.town_chief_position, s.town_chief_phone,
            s.district_chief_name, s.district_chief_position, s.district_chief_phone,
            s.status, s.deregistered_by, s.deregistered_at, s.deregistration_reason,
            s.version, s.created_at, s.updated_at""";

    private final JdbcClient jdbc;

    JdbcMajorHazardSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(MajorHazardSource s) {
        jdbc.sql("""
                INSERT INTO major_hazard_source (id, enterprise_id, name, exposure_correction, r_value, grade,
                    enterprise_chief_name, enterprise_chief_position, enterprise_chief_phone,
                    town_chief_name, town_chief_position, town_chief_phone,
                    district_chief_name, district_chief_position, district_chief_phone,
                    status, deregistered_by, deregistered_at, deregistration_reason, version, created_at, updated_at)
                VALUES (:id, :enterpriseId, :name, :alpha, :r, :grade,
                    :enterpriseChiefName, :enterpriseChiefPosition, :enterpriseChiefPhone,
                    :townChiefName, :townChiefPosition, :townChiefPhone,
                    :districtChiefName, :districtChiefPosition, :districtChiefPhone,
                    :status, :deregisteredBy, :deregisteredAt, :deregistrationReason, :version, :createdAt, :updatedAt)""")
                .params(params(s))
                .update();
        insertSubstances(s);
    }

    @Override
    public Optional<MajorHazardSource> byId(UUID id) {
        List<MajorHazardSource> found = withSubstances(
                jdbc.sql("SELECT " + COLUMNS + " FROM major_hazard_source s WHERE s.id = :id AND " + IN_SCOPE)
                        .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                        .query(JdbcMajorHazardSources::mapSource).list());
        return found.stream().findFirst();
    }

    @Override
    public boolean replace(MajorHazardSource s, long fromVersion) {
        Map<String, Object> params = params(s);
        params.put("fromVersion", fromVersion);
        int updated = jdbc.sql("""
                UPDATE major_hazard_source SET name = :name, exposure_correction = :alpha, r_value = :r, grade = :grade,
                    enterprise_chief_name = :enterpriseChiefName, enterprise_chief_position = :enterpriseChiefPosition,
                    enterprise_chief_phone = :enterpriseChiefPhone,
                    town_chief_name = :townChiefName, town_chief_position = :townChiefPosition,
                    town_chief_phone = :townChiefPhone,
                    district_chief_name = :districtChiefName, district_chief_position = :districtChiefPosition,
                    district_chief_phone = :districtChiefPhone,
                    status = :status, deregistered_by = :deregisteredBy, deregistered_at = :deregisteredAt,
                    deregistration_reason = :deregistrationReason, version = :version, updated_at = :updatedAt
                WHERE id = :id AND version = :fromVersion""")
                .params(params)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM major_hazard_substance WHERE source_id = :id").param("id", s.id()).update();
        insertSubstances(s);
        return true;
    }

    @Override
    public Page<MajorHazardSource> list(SourceFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE " + IN_SCOPE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (filter.enterpriseId() != null) {
            where.append(" AND s.enterprise_id = :enterpriseId");
            params.put("enterpriseId", filter.enterpriseId());
        }
        if (filter.grade() != null) {
            where.append(" AND s.grade = :grade");
            params.put("grade", filter.grade().number());
        }
        if (filter.town() != null) {
            where.append(" AND ").append(EnterpriseSql.inTown("s.enterprise_id", ":town"));
            params.put("town", filter.town());
        }
        if (filter.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", filter.status().name());
        }
        String from = " FROM major_hazard_source s";
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<MajorHazardSource> items = withSubstances(jdbc.sql("SELECT " + COLUMNS + from + where
                + " ORDER BY s.enterprise_id, s.name, s.id OFFSET :offset LIMIT :limit")
                .params(params).query(JdbcMajorHazardSources::mapSource).list());
        return Page.of(items, page, total);
    }

    @Override
    public List<MajorHazardSource> registeredOf(UUID enterpriseId) {
        return withSubstances(jdbc.sql("SELECT " + COLUMNS
                + " FROM major_hazard_source s WHERE s.enterprise_id = :enterpriseId AND s.status = 'REGISTERED'"
                + " ORDER BY s.name, s.id")
                .param("enterpriseId", enterpriseId).query(JdbcMajorHazardSources::mapSource).list());
    }

    private void insertSubstances(MajorHazardSource s) {
        for (int i = 0; i < s.substances().size(); i++) {
            HazardousSubstance h = s.substances().get(i);
            jdbc.sql("""
                    INSERT INTO major_hazard_substance (source_id, position, name, cas_number, actual_quantity,
                        critical_quantity, correction_factor)
                    VALUES (:sourceId, :position, :name, :cas, :q, :criticalQ, :beta)""")
                    .param("sourceId", s.id())
                    .param("position", i)
                    .param("name", h.name())
                    .param("cas", h.casNumber())
                    .param("q", h.actualQuantity())
                    .param("criticalQ", h.criticalQuantity())
                    .param("beta", h.correctionFactor())
                    .update();
        }
    }

    // Rows are read without their substances first; one more query fetches the substances of all of them.
    private List<MajorHazardSource> withSubstances(List<SourceRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<HazardousSubstance>> substances = jdbc.sql("""
                SELECT source_id, name, cas_number, actual_quantity, critical_quantity, correction_factor
                FROM major_hazard_substance WHERE source_id = ANY(:ids) ORDER BY source_id, position""")
                .param("ids", rows.stream().map(SourceRow::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("source_id", UUID.class),
                        new HazardousSubstance(rs.getString("name"), rs.getString("cas_number"),
                                plain(rs.getBigDecimal("actual_quantity")),
                                plain(rs.getBigDecimal("critical_quantity")),
                                plain(rs.getBigDecimal("correction_factor")))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<MajorHazardSource> sources = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            sources.add(row.with(substances.getOrDefault(row.id(), List.of())));
        }
        return sources;
    }

    private static Map<String, Object> params(MajorHazardSource s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id());
        p.put("enterpriseId", s.enterpriseId());
        p.put("name", s.name());
        p.put("alpha", s.exposureCorrection());
        p.put("r", s.rating().rValue());
        p.put("grade", s.rating().grade().number());
        putChief(p, "enterpriseChief", s.chiefs().enterprise());
        putChief(p, "townChief", s.chiefs().town());
        putChief(p, "districtChief", s.chiefs().district());
        p.put("status", s.status().name());
        Deregistration d = s.deregistration();
        p.put("deregisteredBy", d == null ? null : d.by());
        p.put("deregisteredAt", d == null ? null : d.at());
        p.put("deregistrationReason", d == null ? null : d.reason());
        p.put("version", s.version());
        p.put("createdAt", s.createdAt());
        p.put("updatedAt", s.updatedAt());
        return p;
    }

    private static void putChief(Map<String, Object> p, String prefix, SourceChief chief) {
        p.put(prefix + "Name", chief.name());
        p.put(prefix + "Position", chief.position());
        p.put(prefix + "Phone", chief.phone());
    }

    private static SourceRow mapSource(ResultSet rs, int row) throws SQLException {
        SourceChiefs chiefs = new SourceChiefs(chief(rs, "enterprise_chief"), chief(rs, "town_chief"),
                chief(rs, "district_chief"));
        String deregisteredBy = rs.getString("deregistered_by");
        Deregistration deregistration = deregisteredBy == null ? null
                : new Deregistration(deregisteredBy, rs.getObject("deregistered_at", OffsetDateTime.class),
                        rs.getString("deregistration_reason"));
        return new SourceRow(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), plain(rs.getBigDecimal("exposure_correction")),
                new HazardRating(rs.getBigDecimal("r_value"), HazardGrade.ofNumber(rs.getInt("grade"))), chiefs,
                SourceStatus.valueOf(rs.getString("status")), deregistration, rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    // The columns' fixed scale would show 12 t as 12.0000; give back the number as it was entered.
    private static BigDecimal plain(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static SourceChief chief(ResultSet rs, String prefix) throws SQLException {
        return new SourceChief(rs.getString(prefix + "_name"), rs.getString(prefix + "_position"),
                rs.getString(prefix + "_phone"));
    }

    /** A source as its own row holds it, before its substances are read. */
    private record SourceRow(UUID id, UUID enterpriseId, String name, BigDecimal exposureCorrection,
            HazardRating rating, SourceChiefs chiefs, SourceStatus status, Deregistration deregistration,
            long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        MajorHazardSource with(List<HazardousSubstance> substances) {
            return new MajorHazardSource(id, enterpriseId, name, substances, exposureCorrection, rating, chiefs,
                    status, deregistration, version, createdAt, updatedAt);
        }
    }
}
