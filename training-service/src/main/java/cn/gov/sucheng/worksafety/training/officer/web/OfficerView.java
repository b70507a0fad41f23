package cn.gov.sucheng.worksafety.training.officer.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.officer.model.Officer;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** An officer as the REST API shows it, with eligibility today. */
@NullMarked
public record OfficerView(UUID id, String name, String badgeNumber, String department, LocalDate credentialValidUntil,
        boolean safetyBackground, int trainingHours,
        @Schema(description = "The enterprises the officer declared a tie to, recused from their draws; not shown to "
                + "a town-level client")
        @Nullable Set<UUID> tiedEnterpriseIds, boolean suspended,
        @Nullable String suspensionReason,
        @Schema(description = "May be drawn to inspect today") boolean eligible,
        @Schema(description = "Why not, when not eligible") List<String> ineligibility,
        List<String> allowedActions, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    // A declared tie is personal (kinship, former employment) and names enterprises of every town: a town-level
    // caller, which sees only its own town's records, is not shown them.
    static OfficerView of(Officer o, LocalDate today) {
        Set<UUID> ties = TownScope.current().isPresent() ? null : o.tiedEnterpriseIds();
        return new OfficerView(o.id(), o.name(), o.badgeNumber(), o.department(), o.credentialValidUntil(),
                o.safetyBackground(), o.trainingHours(), ties, o.suspended(), o.suspensionReason(),
                o.eligibleOn(today), o.ineligibilityOn(today), o.allowedActions(), o.version(), o.createdAt(),
                o.updatedAt());
    }
}
