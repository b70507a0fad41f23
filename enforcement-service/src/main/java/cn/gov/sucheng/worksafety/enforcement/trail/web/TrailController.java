package cn.gov.sucheng.worksafety.enforcement.trail.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.trail.application.Trail;
import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Enforcement trail", description = "The append-only, hash-chained enforcement trail (执法全过程记录)")
class TrailController {

    private final Trail trail;

    TrailController(Trail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/inspections/{id}/trail")
    @Operation(summary = "The trail of one inspection", description = "Oldest first; empty for an unknown id.")
    List<TrailEntryView> ofInspection(@PathVariable UUID id) {
        return trail.of("INSPECTION", id).stream().map(TrailEntryView::of).toList();
    }

    @GetMapping("/api/v1/enforcement-trail/verification")
    @Operation(summary = "Verify the whole trail",
            description = "Recomputes every entry's hash and its link to the one before, from the first entry on. "
                    + "intact=true, or intact=false with the first broken entry's sequence number and why.")
    Trail.Verification verify() {
        return trail.verify();
    }

    /** One trail entry as the API shows it, with its hashes so that anyone can recompute the chain. */
    record TrailEntryView(long sequence, String subjectType, UUID subjectId, String action, String actor,
            OffsetDateTime at, String details, String previousHash, String hash) {

        static TrailEntryView of(TrailEntry e) {
            return new TrailEntryView(e.sequence(), e.subjectType(), e.subjectId(), e.action(), e.actor(), e.at(),
                    e.details(), e.previousHash(), e.hash());
        }
    }
}
