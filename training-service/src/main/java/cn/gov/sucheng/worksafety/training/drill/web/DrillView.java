package cn.gov.sucheng.worksafety.training.drill.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.drill.model.Drill;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A drill as the REST API shows it. */
@NullMarked
public record DrillView(UUID id, @Nullable UUID enterpriseId, @Nullable String department,
        @Schema(description = "The enterprise's town, or for a department's drill the town whose office held it; null for a district department's") @Nullable String town,
        String planReference, String scenario, LocalDate heldOn, int participants, List<String> findings,
        String recordedBy, OffsetDateTime createdAt) {

    static DrillView of(Drill d) {
        return new DrillView(d.id(), d.enterpriseId(), d.department(), d.town(), d.planReference(), d.scenario(),
                d.heldOn(), d.participants(), d.findings(), d.recordedBy(), d.createdAt());
    }
}
