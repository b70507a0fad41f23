package cn.gov.sucheng.worksafety.enforcement.draw.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.application.Draws;
import cn.gov.sucheng.worksafety.enforcement.draw.model.Draw;
import cn.gov.sucheng.worksafety.enforcement.draw.model.DrawnPair;
import cn.gov.sucheng.worksafety.enforcement.draw.model.InspectionPlan;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolEnterprise;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans and draws in PostgreSQL; a draw's pools are kept as JSON exactly as drawn from. */
@Repository
class JdbcDraws implements Draws {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLAN_COLUMNS = """
            id, year, title, working_days, officers, other_enforcement_days, non_enforcement_days, key_unit_ids,
            checklist, created_by, created_at, version""";
    private static final String DRAW_COLUMNS = """
            id, plan_id, seed, town, industry_area, enterprise_count, officers_per_enterprise, as_of, enterprise_pool,
            officer_pool, drawn_by, drawn_at""";

    private final JdbcClient jdbc;

    JdbcDraws(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addPlan(InspectionPlan p) {
        jdbc.sql("INSERT INTO inspection_plan (" + PLAN_COLUMNS + """
                ) VALUES (:id, :year, :title, :workingDays, :officers, :other, :nonEnforcement, :keyUnits, :checklist,
                :createdBy, :createdAt, :version)""")
                .param("id", p.id()).param("year", p.year()).param("title", p.title())
                .param("workingDays", p.workingDays()).param("officers", p.officers())
                .param("other", p.otherEnforcementDays()).param("nonEnforcement", p.nonEnforcementDays())
                .param("keyUnits", p.keyUnitIds().toArray(UUID[]::new)).param("checklist", p.checklist().toArray(String[]::new))
                .param("createdBy", p.createdBy()).param("createdAt", p.createdAt()).param("version", p.version())
                .update();
    }

    @Override
    public Optional<InspectionPlan> plan(UUID id) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM inspection_plan WHERE id = :id").param("id", id)
                .query(JdbcDraws::plan).optional();
    }

    @Override
    public Optional<InspectionPlan> lockPlan(UUID id) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM inspection_plan WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcDraws::plan).optional();
    }

    @Override
    public void updatePlan(InspectionPlan p) {
        jdbc.sql("""
                UPDATE inspection_plan SET year = :year, title = :title, working_days = :workingDays,
                officers = :officers, other_enforcement_days = :other, non_enforcement_days = :nonEnforcement,
                key_unit_ids = :keyUnits, checklist = :checklist, version = :version WHERE id = :id""")
                .param("id", p.id()).param("year", p.year()).param("title", p.title())
                .param("workingDays", p.workingDays()).param("officers", p.officers())
                .param("other", p.otherEnforcementDays()).param("nonEnforcement", p.nonEnforcementDays())
                .param("keyUnits", p.keyUnitIds().toArray(UUID[]::new)).param("checklist", p.checklist().toArray(String[]::new))
                .param("version", p.version()).update();
    }

    @Override
    public int drawnDays(UUID planId) {
        return jdbc.sql("""
                SELECT coalesce(sum(cardinality(p.officer_ids)), 0) FROM draw_pair p JOIN random_draw d ON d.id = p.draw_id
                WHERE d.plan_id = :planId""").param("planId", planId).query(Integer.class).single();
    }

    @Override
    public List<InspectionPlan> plans(Integer year) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM inspection_plan WHERE (CAST(:year AS integer) IS NULL OR year = :year) ORDER BY year DESC, created_at DESC")
                .param("year", year).query(JdbcDraws::plan).list();
    }

    @Override
    public void add(Draw d, Map<String, String> enterpriseNames) {
        jdbc.sql("INSERT INTO random_draw (" + DRAW_COLUMNS + """
                ) VALUES (:id, :planId, :seed, :town, :industryArea, :count, :perEnterprise, :asOf, :enterprisePool,
                :officerPool, :drawnBy, :drawnAt)""")
                .param("id", d.id()).param("planId", d.planId()).param("seed", d.seed()).param("town", d.town())
                .param("industryArea", d.industryArea()).param("count", d.enterpriseCount())
                .param("perEnterprise", d.officersPerEnterprise()).param("asOf", d.asOf())
                .param("enterprisePool", JSON.writeValueAsString(d.enterprisePool()))
                .param("officerPool", JSON.writeValueAsString(d.officerPool()))
                .param("drawnBy", d.drawnBy()).param("drawnAt", d.drawnAt()).update();
        Map<String, PoolOfficer> officers = new HashMap<>();
        d.officerPool().forEach(o -> officers.put(o.id(), o));
        for (int i = 0; i < d.pairs().size(); i++) {
            DrawnPair pair = d.pairs().get(i);
            jdbc.sql("""
                    INSERT INTO draw_pair (draw_id, position, enterprise_id, enterprise_name, officer_ids, officer_names,
                    officer_badges) VALUES (:drawId, :position, :enterpriseId, :name, :ids, :names, :badges)""")
                    .param("drawId", d.id()).param("position", i).param("enterpriseId", UUID.fromString(pair.enterpriseId()))
                    .param("name", enterpriseNames.get(pair.enterpriseId()))
                    .param("ids", pair.officerIds().toArray(String[]::new))
                    .param("names", pair.officerIds().stream().map(o -> officers.get(o).name()).toArray(String[]::new))
                    .param("badges", pair.officerIds().stream().map(o -> officers.get(o).badgeNumber()).toArray(String[]::new))
                    .update();
        }
    }

    @Override
    public Optional<Draw> byId(UUID id) {
        return jdbc.sql("SELECT " + DRAW_COLUMNS + " FROM random_draw WHERE id = :id").param("id", id)
                .query(this::draw).optional();
    }

    @Override
    public List<Draw> ofPlan(UUID planId) {
        return jdbc.sql("SELECT " + DRAW_COLUMNS + " FROM random_draw WHERE plan_id = :planId AND "
                        + TownScope.sqlPredicate("town") + " ORDER BY drawn_at DESC")
                .param("planId", planId).param(TownScope.PARAMETER, TownScope.parameterValue()).query(this::draw)
                .list();
    }

    @Override
    public List<Draw> recent(int limit) {
        return jdbc.sql("SELECT " + DRAW_COLUMNS + " FROM random_draw ORDER BY drawn_at DESC, id LIMIT :limit")
                .param("limit", limit).query(this::draw).list();
    }

    @Override
    public Map<String, List<String>> lastOfficers(Collection<String> enterpriseIds) {
        Map<String, List<String>> last = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (p.enterprise_id) p.enterprise_id, p.officer_ids FROM draw_pair p
                JOIN random_draw d ON d.id = p.draw_id WHERE p.enterprise_id = ANY(:ids)
                ORDER BY p.enterprise_id, d.drawn_at DESC""")
                .param("ids", enterpriseIds.stream().map(UUID::fromString).toArray(UUID[]::new))
                .query((rs, n) -> last.put(rs.getObject("enterprise_id", UUID.class).toString(), strings(rs.getArray("officer_ids"))))
                .list();
        return last;
    }

    private Draw draw(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<DrawnPair> pairs = jdbc.sql("SELECT enterprise_id, officer_ids FROM draw_pair WHERE draw_id = :id ORDER BY position")
                .param("id", id)
                .query((r, i) -> new DrawnPair(r.getObject("enterprise_id", UUID.class).toString(), strings(r.getArray("officer_ids"))))
                .list();
        return new Draw(id, rs.getObject("plan_id", UUID.class), rs.getLong("seed"), rs.getString("town"),
                rs.getString("industry_area"), rs.getInt("enterprise_count"), rs.getInt("officers_per_enterprise"),
                rs.getObject("as_of", LocalDate.class),
                JSON.readValue(rs.getString("enterprise_pool"), new TypeReference<List<PoolEnterprise>>() { }),
                JSON.readValue(rs.getString("officer_pool"), new TypeReference<List<PoolOfficer>>() { }),
                pairs, rs.getString("drawn_by"), rs.getObject("drawn_at", OffsetDateTime.class));
    }

    private static InspectionPlan plan(ResultSet rs, int n) throws SQLException {
        return new InspectionPlan(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("title"),
                rs.getInt("working_days"), rs.getInt("officers"), rs.getInt("other_enforcement_days"),
                rs.getInt("non_enforcement_days"), Arrays.asList((UUID[]) rs.getArray("key_unit_ids").getArray()),
                strings(rs.getArray("checklist")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
