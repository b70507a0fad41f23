package cn.gov.sucheng.worksafety.training.coverage.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.coverage.application.CoverageGrouping;
import cn.gov.sucheng.worksafety.training.coverage.application.KeyPostCoverage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/key-post-coverage")
@Tag(name = "Key-post coverage", description = "Share of key-post holders with a valid certificate and of high-risk "
        + "workers trained and assessed (plan target: 100% each)")
class KeyPostCoverageController {

    private final KeyPostCoverage coverage;

    KeyPostCoverageController(KeyPostCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping
    @Operation(operationId = "getKeyPostCoverage", summary = "Coverage per enterprise, town or industry area",
            description = "Groups with the lowest certified share first; filters narrow the people counted.")
    CoverageReportView report(
            @Parameter(description = "ENTERPRISE (default), TOWN or INDUSTRY_AREA")
            @RequestParam(required = false) CoverageGrouping groupBy,
            @Parameter(description = "the day, default today") @RequestParam(required = false) LocalDate on,
            @Parameter(description = "count only people registered with this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "count only people of this town (exact name: their enterprise's town when they "
                    + "were registered); a town-level client counts only its own town anyway", example = "耿车镇")
            @RequestParam(required = false) String town,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CoverageGrouping grouping = groupBy == null ? CoverageGrouping.ENTERPRISE : groupBy;
        return CoverageReportView.of(coverage.report(grouping, on == null ? coverage.today() : on, enterpriseId, town,
                PageRequest.of(page, size)), grouping);
    }
}
