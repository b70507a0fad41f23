package cn.gov.sucheng.worksafety.enterprise.registry.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.CodeCheckOverride;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCodeCheck;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise as the REST API shows it.
 *
 * @param riskColour the current four-colour risk level, null until first assessed
 * @param dualPreventionBuilt whether the dual-prevention mechanism (双重预防机制) is built
 */
@NullMarked
public record EnterpriseView(
        UUID id,
        String creditCode,
        String name,
        String town,
        @Nullable String village,
        @Nullable String grid,
        @Nullable String address,
        @Nullable Double latitude,
        @Nullable Double longitude,
        IndustryArea industryArea,
        String supervisingDepartment,
        @Nullable RiskColour riskColour,
        boolean dualPreventionBuilt,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Nullable CodeCheckOverrideView codeCheckOverride) {

    /** The admin override the credit code was registered under; absent for codes that pass their checks. */
    @NullMarked
    public record CodeCheckOverrideView(List<CreditCodeCheck> failedChecks, String reason, String actor,
            OffsetDateTime recordedAt) {

        static CodeCheckOverrideView of(CodeCheckOverride o) {
            return o == null ? null : new CodeCheckOverrideView(o.failedChecks().stream().sorted().toList(),
                    o.reason(), o.actor(), o.recordedAt());
        }
    }

    public static EnterpriseView of(Enterprise e) {
        var p = e.place();
        return new EnterpriseView(e.id(), e.creditCode().value(), e.name(), p.town(), p.village(), p.grid(),
                p.address(), p.latitude(), p.longitude(), e.industryArea(), e.supervisingDepartment(), e.riskColour(),
                e.dualPreventionBuilt(), e.version(),
                e.createdAt(), e.updatedAt(), CodeCheckOverrideView.of(e.codeCheckOverride()));
    }
}
