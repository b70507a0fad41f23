package cn.gov.sucheng.worksafety.enterprise.insurance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.insurance.application.PolicySummary;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.Cancellation;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.LiabilityPolicy;
import cn.gov.sucheng.worksafety.enterprise.insurance.model.PolicyState;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A liability insurance policy as the REST API shows it. */
@NullMarked
public record PolicyView(
        UUID id,
        UUID enterpriseId,
        String policyNumber,
        String insurer,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal premium,
        BigDecimal insuredAmountPerPerson,
        @Schema(description = "Today: PENDING, IN_FORCE, EXPIRED or CANCELLED") PolicyState state,
        List<String> allowedActions,
        String recordedBy,
        @Schema(description = "The early end, or null") @Nullable Cancellation cancellation,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static PolicyView of(PolicySummary summary) {
        LiabilityPolicy p = summary.policy();
        return new PolicyView(p.id(), p.enterpriseId(), p.policyNumber(), p.insurer(), p.period().firstDay(),
                p.period().lastDay(), p.premium(), p.insuredAmountPerPerson(), summary.state(),
                summary.allowedActions(), p.recordedBy(), p.cancellation(), p.version(), p.createdAt(), p.updatedAt());
    }
}
