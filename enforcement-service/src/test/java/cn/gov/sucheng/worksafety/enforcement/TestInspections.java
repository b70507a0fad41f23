package cn.gov.sucheng.worksafety.enforcement;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of inspections, as the officers' system sends them. */
public final class TestInspections {

    private TestInspections() {
    }

    public static Map<String, Object> body(UUID enterpriseId, String report) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId.toString());
        body.put("mode", "UNANNOUNCED");
        body.put("place", "储罐区、甲类仓库");
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plusHours(2).toString());
        body.put("officers", List.of(Map.of("badgeNumber", "32130219001", "name", "李明"),
                Map.of("badgeNumber", "32130219002", "name", "王芳")));
        body.put("personsPresent", List.of("王建国（安全总监）"));
        body.put("itemsChecked", List.of("安全生产责任制", "动火作业管理", "可燃气体检测报警"));
        body.put("findings", List.of(
                Map.of("description", "储罐区可燃气体报警器失效", "place", "1号储罐区", "grade", "MAJOR",
                        "deadline", start.toLocalDate().plusDays(14).toString()),
                Map.of("description", "应急照明灯损坏", "grade", "GENERAL")));
        body.put("reportText", report);
        body.put("conclusion", "责令限期整改");
        body.put("recordedBy", "区应急管理局 李明");
        return body;
    }

}
