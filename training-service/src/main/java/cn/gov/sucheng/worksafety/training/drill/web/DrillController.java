package cn.gov.sucheng.worksafety.training.drill.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.training.drill.application.DrillRecords;
import cn.gov.sucheng.worksafety.training.drill.model.Drill;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/drills")
@Tag(name = "Drills", description = "Emergency drills (应急演练) against filed emergency plans")
class DrillController {

    private final DrillRecords drills;
    private final Actors actors;

    DrillController(DrillRecords drills, Actors actors) {
        this.drills = drills;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "recordDrill", summary = "Record a drill",
            description = "Exactly one of enterpriseId and department (400 otherwise); 422 for an unknown enterprise "
                    + "or, for a town-level client, another town's. An enterprise's drill is its town's; a department's "
                    + "drill recorded by a town-level client is that town's, by a district-level one of no town.")
    ResponseEntity<DrillView> record(@Valid @RequestBody RecordDrillRequest r) {
        Drill drill = drills.record(r.enterpriseId(), r.department(), r.planReference().trim(), r.scenario().trim(),
                r.heldOn(), r.participants(), r.findings() == null ? List.of() : r.findings().stream().map(String::trim).toList(),
                actors.of(r));
        return ResponseEntity.created(URI.create("/api/v1/drills/" + drill.id())).body(DrillView.of(drill));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDrill", summary = "One drill", description = "404 when no drill has this id.")
    DrillView get(@PathVariable UUID id) {
        return DrillView.of(drills.get(id));
    }

    @GetMapping
    @Operation(operationId = "listDrills", summary = "Drills, the latest first", description = "Filters combine.")
    Page<DrillView> list(
            @Parameter(description = "only drills this enterprise held (departments' drills are left out)")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only drills this department held itself (exact name), not enterprises' drills, "
                    + "so together with enterpriseId nothing matches", example = "宿城区应急管理局")
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return drills.find(enterpriseId, department, PageRequest.of(page, size)).map(DrillView::of);
    }
}
