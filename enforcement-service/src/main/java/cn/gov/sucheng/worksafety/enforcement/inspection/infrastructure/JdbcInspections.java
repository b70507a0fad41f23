package cn.gov.sucheng.worksafety.enforcement.inspection.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionFilter;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.Inspections;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Finding;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.FindingGrade;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectingOfficer;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections and their findings in PostgreSQL. */
@Repository
class JdbcInspections implements Inspections {

    private static final String COLUMNS = """
            id, enterprise_id, enterprise_name, town, industry_area, mode, place, started_at, ended_at,
            officer_badges, officer_names, persons_present, items_checked, report_text, conclusion, draw_id,
            recorded_by, recorded_at, version""";
    private static final String ORDER = " ORDER BY started_at DESC, id";

    private final JdbcClient jdbc;

    JdbcInspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Inspection i) {
        jdbc.sql("INSERT INTO inspection (" + COLUMNS + """
                ) VALUES (:id, :enterpriseId, :enterpriseName, :town, :industryArea, :mode, :place, :startedAt,
                :endedAt, :badges, :names, :present, :items, :reportText, :conclusion, :drawId, :recordedBy,
                :recordedAt, :version)""")
                .param("id", i.id())
                .param("enterpriseId", i.enterprise().id())
                .param("enterpriseName", i.enterprise().name())
                .param("town", i.enterprise().town())
                .param("industryArea", i.enterprise().industryArea())
                .param("mode", i.mode().name())
                .param("place", i.place())
                .param("startedAt", i.startedAt())
                .param("endedAt", i.endedAt())
                .param("badges", i.officers().stream().map(InspectingOfficer::badgeNumber).toArray(String[]::new))
                .param("names", i.officers().stream().map(InspectingOfficer::name).toArray(String[]::new))
                .param("present", i.personsPresent().toArray(String[]::new))
                .param("items", i.itemsChecked().toArray(String[]::new))
                .param("reportText", i.reportText())
                .param("conclusion", i.conclusion())
                .param("drawId", i.drawId())
                .param("recordedBy", i.recordedBy())
                .param("recordedAt", i.recordedAt())
                .param("version", i.version())
                .update();
        for (int position = 0; position < i.findings().size(); position++) {
            Finding f = i.findings().get(position);
            jdbc.sql("""
                    INSERT INTO finding (id, inspection_id, position, description, place, grade, deadline, hazard_id)
                    VALUES (:id, :inspectionId, :position, :description, :place, :grade, :deadline, NULL)""")
                    .param("id", f.id())
                    .param("inspectionId", i.id())
                    .param("position", position)
                    .param("description", f.description())
                    .param("place", f.place())
                    .param("grade", f.grade().name())
                    .param("deadline", f.deadline())
                    .update();
        }
    }

    @Override
    public Optional<Inspection> byId(UUID id) {
        return first(select(" WHERE id = :id", Map.of("id", id)));
    }

    @Override
    public Optional<Inspection> byFinding(UUID findingId) {
        return first(select(" WHERE id = (SELECT inspection_id FROM finding WHERE id = :finding)",
                Map.of("finding", findingId)));
    }

    @Override
    public Page<Inspection> find(InspectionFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        // A town-level caller's data scope (none for district-level callers).
        conditions.add(TownScope.sqlPredicate("town"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (filter.enterpriseId() != null) {
            conditions.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", filter.enterpriseId());
        }
        if (filter.mode() != null) {
            conditions.add("mode = :mode");
            params.put("mode", filter.mode().name());
        }
        if (filter.town() != null) {
            conditions.add("town = :town");
            params.put("town", filter.town());
        }
        // Days in the district's time zone, whatever the session's.
        if (filter.from() != null) {
            conditions.add("(started_at AT TIME ZONE 'Asia/Shanghai')::date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("(started_at AT TIME ZONE 'Asia/Shanghai')::date <= :to");
            params.put("to", filter.to());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM inspection" + where).params(params).query(Long.class).single();
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("limit", page.size());
        paged.put("offset", page.offset());
        return Page.of(select(where + ORDER + " LIMIT :limit OFFSET :offset", paged), page, total);
    }

    @Override
    public List<Inspection> ofEnterprise(UUID enterpriseId, int limit) {
        return select(" WHERE enterprise_id = :enterpriseId" + ORDER + " LIMIT :limit",
                Map.of("enterpriseId", enterpriseId, "limit", limit));
    }

    @Override
    public long countOfEnterprise(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM inspection WHERE enterprise_id = :id").param("id", enterpriseId)
                .query(Long.class).single();
    }

    @Override
    public void recordHazard(UUID findingId, UUID hazardId) {
        jdbc.sql("UPDATE finding SET hazard_id = :hazardId WHERE id = :id").param("hazardId", hazardId)
                .param("id", findingId).update();
    }

    @Override
    public void forEachBatch(int batchSize, Consumer<List<Inspection>> batch) {
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            List<Inspection> page = select((first ? "" : " WHERE id > :after") + " ORDER BY id LIMIT :limit",
                    first ? Map.of("limit", batchSize) : Map.of("after", after, "limit", batchSize));
            if (page.isEmpty()) {
                return;
            }
            batch.accept(page);
            if (page.size() < batchSize) {
                return;
            }
            after = page.get(page.size() - 1).id();
            first = false;
        }
    }

    @Override
    public List<Inspection> recordedSince(OffsetDateTime since) {
        return select(" WHERE recorded_at >= :since ORDER BY id", Map.of("since", since));
    }

    private static Optional<Inspection> first(List<Inspection> found) {
        return found.stream().findFirst();
    }

    private List<Inspection> select(String tail, Map<String, ?> params) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM inspection" + tail).params(params)
                .query(JdbcInspections::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Finding>> findings = jdbc.sql("""
                SELECT inspection_id, id, description, place, grade, deadline, hazard_id FROM finding
                WHERE inspection_id = ANY(:ids) ORDER BY inspection_id, position""")
                .param("ids", rows.stream().map(r -> r.id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("inspection_id", UUID.class), new Finding(
                        rs.getObject("id", UUID.class), rs.getString("description"), rs.getString("place"),
                        FindingGrade.valueOf(rs.getString("grade")), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("hazard_id", UUID.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> r.toInspection(findings.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(UUID id, EnterpriseFacts enterprise, InspectionMode mode, String place,
            OffsetDateTime startedAt, OffsetDateTime endedAt, List<InspectingOfficer> officers,
            List<String> personsPresent, List<String> itemsChecked, String reportText, String conclusion,
            UUID drawId, String recordedBy, OffsetDateTime recordedAt, long version) {

        Inspection toInspection(List<Finding> findings) {
            return new Inspection(id, enterprise, mode, place, startedAt, endedAt, officers, personsPresent,
                    itemsChecked, findings, reportText, conclusion, drawId, recordedBy, recordedAt, version);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        List<String> badges = strings(rs.getArray("officer_badges"));
        List<String> names = strings(rs.getArray("officer_names"));
        List<InspectingOfficer> officers = new ArrayList<>();
        for (int i = 0; i < badges.size(); i++) {
            officers.add(new InspectingOfficer(badges.get(i), names.get(i)));
        }
        UUID id = rs.getObject("id", UUID.class);
        return new Row(id, new EnterpriseFacts(rs.getObject("enterprise_id", UUID.class), rs.getString("enterprise_name"),
                rs.getString("town"), rs.getString("industry_area")), InspectionMode.valueOf(rs.getString("mode")),
                rs.getString("place"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class), officers, strings(rs.getArray("persons_present")),
                strings(rs.getArray("items_checked")), rs.getString("report_text"), rs.getString("conclusion"),
                rs.getObject("draw_id", UUID.class), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
