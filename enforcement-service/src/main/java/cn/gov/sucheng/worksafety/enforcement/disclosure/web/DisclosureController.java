package cn.gov.sucheng.worksafety.enforcement.disclosure.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.application.RandomDraws;
import cn.gov.sucheng.worksafety.enforcement.draw.model.Draw;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolEnterprise;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionFilter;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionRecording;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.NullMarked;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public view (一公开): draw results and inspection results, with only what the rules publish — enterprise
 * names, dates, modes and conclusions, and the officers' names and badge numbers as shown on site; no persons
 * present, no report text, no pools.
 */
@RestController
@RequestMapping("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "Published results of random draws and inspections (一公开)")
class DisclosureController {

    private final RandomDraws draws;
    private final InspectionRecording inspections;

    DisclosureController(RandomDraws draws, InspectionRecording inspections) {
        this.draws = draws;
        this.inspections = inspections;
    }

    @NullMarked
    record PublishedOfficer(String name, String badgeNumber) {
    }

    @NullMarked
    record PublishedPair(String enterpriseName, String town, List<PublishedOfficer> officers) {
    }

    @NullMarked
    record PublishedDraw(UUID drawId, UUID planId, OffsetDateTime drawnAt, long seed, List<PublishedPair> pairs) {
    }

    @NullMarked
    record PublishedInspection(UUID inspectionId, String enterpriseName, String town, InspectionMode mode,
            LocalDate inspectedOn, int findings, String conclusion) {
    }

    @GetMapping("/draws")
    @Operation(operationId = "listPublishedDraws",
            summary = "Published draw results", description = "The most recent draws, newest first: the pairs drawn "
            + "(enterprise, officers' names and badge numbers) and the seed anyone can check them with.")
    List<PublishedDraw> draws(@Parameter(description = "How many of the most recent draws, 1 to 100 (400 otherwise); "
                    + "20 when absent")
            @RequestParam(required = false) @Min(1) @Max(100) Integer limit) {
        int n = limit == null ? 20 : limit;
        return draws.recent(n).stream().map(DisclosureController::publish).toList();
    }

    @GetMapping("/inspections")
    @Operation(operationId = "listPublishedInspections",
            summary = "Published inspection results", description = "Newest first, filterable by town and dates.")
    Page<PublishedInspection> inspections(@Parameter(description = "Only inspections of enterprises in this town "
                    + "or street (镇/街道), as recorded when inspected (blank: any); a caller sending a town-level token "
                    + "sees its own town's only in any case", example = "耿车镇")
            @RequestParam(required = false) String town,
            @Parameter(description = "Only inspections started on or after this day (inclusive; days in UTC+8, the "
                    + "district's time zone)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Only inspections started on or before this day (inclusive; days in UTC+8); "
                    + "a to before from gives an empty page")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inspections.list(new InspectionFilter(null, null, town, from, to), PageRequest.of(page, size))
                .map(DisclosureController::publish);
    }

    private static PublishedDraw publish(Draw d) {
        Map<String, PoolEnterprise> enterprises = new HashMap<>();
        d.enterprisePool().forEach(e -> enterprises.put(e.id(), e));
        Map<String, PoolOfficer> officers = new HashMap<>();
        d.officerPool().forEach(o -> officers.put(o.id(), o));
        return new PublishedDraw(d.id(), d.planId(), d.drawnAt(), d.seed(), d.pairs().stream()
                .map(p -> new PublishedPair(enterprises.get(p.enterpriseId()).name(), enterprises.get(p.enterpriseId()).town(),
                        p.officerIds().stream().map(o -> new PublishedOfficer(officers.get(o).name(), officers.get(o).badgeNumber()))
                                .toList()))
                .toList());
    }

    private static PublishedInspection publish(Inspection i) {
        return new PublishedInspection(i.id(), i.enterprise().name(), i.enterprise().town(), i.mode(),
                i.startedAt().toLocalDate(), i.findings().size(), i.conclusion());
    }
}
