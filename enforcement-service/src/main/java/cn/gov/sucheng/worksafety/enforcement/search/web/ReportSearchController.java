package cn.gov.sucheng.worksafety.enforcement.search.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import cn.gov.sucheng.worksafety.enforcement.search.application.ReportSearch;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportQuery;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportResults;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportSort;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inspection-reports")
@Tag(name = "Inspection report search", description = "Full-text search over inspection reports (Elasticsearch, smartcn)")
class ReportSearchController {

    private final ReportSearch search;

    ReportSearchController(ReportSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(operationId = "searchInspectionReports", summary = "Search inspection reports",
            description = "Every whitespace-separated part of q must occur in the report text as written (a report "
                    + "that contains it is always found); ranked by words. Filters are exact, dates inclusive. "
                    + "Answers the page of hits with highlighted passages, the total, and counts by town, industry "
                    + "area and year of all hits. A town-level caller finds its own town's reports only. 503 problem+json when the search index cannot be reached.")
    ReportResults search(
            @Parameter(description = "Words to find", example = "应急照明") @RequestParam(required = false) String q,
            @Parameter(description = "Only reports of enterprises in exactly this town or street (镇/街道), as "
                    + "recorded when inspected; a town-level caller finds its own town's only in any case",
                    example = "耿车镇")
            @RequestParam(required = false) String town,
            @Parameter(description = "Only reports of enterprises in exactly this key industry area, as recorded "
                    + "when inspected; 400 for a code that names none", example = "HAZARDOUS_CHEMICALS")
            @RequestParam(required = false)
            @Pattern(regexp = IndustryAreaCodes.PATTERN, message = IndustryAreaCodes.NOT_AN_AREA) String industryArea,
            @Parameter(description = "Only reports of inspections of this mode (检查方式), e.g. RANDOM (双随机) or "
                    + "UNANNOUNCED (四不两直)")
            @RequestParam(required = false) InspectionMode mode,
            @Parameter(description = "Only reports of this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "Only reports of inspections started on or after this day (inclusive; days in "
                    + "UTC+8, the district's time zone)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Only reports of inspections started on or before this day (inclusive; days in "
                    + "UTC+8); 400 when before from")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "RELEVANCE (default), NEWEST or OLDEST") @RequestParam(required = false) ReportSort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return search.search(new ReportQuery(q, town, industryArea, mode == null ? null : mode.name(),
                enterpriseId == null ? null : enterpriseId.toString(), from, to,
                sort == null ? ReportSort.RELEVANCE : sort, paging.page(), paging.size(),
                TownScope.parameterValue()));
    }

    @PostMapping("/index-rebuilds")
    @Operation(operationId = "rebuildReportIndex", summary = "Rebuild the search index from PostgreSQL (operators)",
            description = "Fills a fresh index while searches go on against the current one, then swaps the alias "
                    + "inspection-reports in one step and deletes the old index. After a mapping change (a new "
                    + "worksafety.enforcement.search.index, e.g. inspection-reports-v2) this moves the alias to it. "
                    + "503 when the search index cannot be reached.")
    ReportSearch.Rebuild rebuild() {
        return search.rebuild();
    }
}
