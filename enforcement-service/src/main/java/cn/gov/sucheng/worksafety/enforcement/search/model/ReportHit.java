package cn.gov.sucheng.worksafety.enforcement.search.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One report found, with the passages that matched ({@code <em>} marks the query's words); {@code score} is the
 * relevance, present only when the results are sorted by relevance.
 */
@NullMarked
public record ReportHit(String inspectionId, String enterpriseId, String enterpriseName, String town,
        String industryArea, String mode, OffsetDateTime inspectedAt, String conclusion, @Nullable Double score,
        List<String> highlights) {
}
