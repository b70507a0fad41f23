package cn.gov.sucheng.worksafety.enforcement.trail.web;

import cn.gov.sucheng.worksafety.enforcement.trail.application.Trail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Enforcement trail", description = "The append-only, hash-chained enforcement trail (执法全过程记录)")
class TrailController {

    private final Trail trail;

    TrailController(Trail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/enforcement-trail/verification")
    @Operation(operationId = "verifyEnforcementTrail", summary = "Verify the whole trail",
            description = "Recomputes every entry's hash and its link to the one before, from the first entry on. "
                    + "intact=true, or intact=false with the first broken entry's sequence number and why.")
    Trail.Verification verify() {
        return trail.verify();
    }
}
