package cn.gov.sucheng.worksafety.enforcement.search.model;

import java.time.OffsetDateTime;

/** An inspection report as the search index holds it. */
public record ReportDocument(String id, String enterpriseId, String enterpriseName, String town,
        String industryArea, String mode, String place, OffsetDateTime inspectedAt, String conclusion,
        int findingCount, String reportText) {
}
