package cn.gov.sucheng.worksafety.enforcement.search.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One report found, with the passages that matched ({@code <em>} marks the query's words); {@code score} is the
 * relevance, present only when the results are sorted by relevance.
 */
public record ReportHit(String inspectionId, String enterpriseId, String enterpriseName, String town,
        String industryArea, String mode, OffsetDateTime inspectedAt, String conclusion, Double score,
        List<String> highlights) {
}
