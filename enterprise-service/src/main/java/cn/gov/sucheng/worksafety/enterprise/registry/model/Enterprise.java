package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * A supervised enterprise as the registry holds it.
 *
 * @param supervisingDepartment the department that supervises it, derived from its industry area when it
 *        was registered or its area last changed
 * @param riskColour its current four-colour risk level (null until first assessed), set by the risk feature
 * @param dualPreventionBuilt whether it has built the dual-prevention mechanism (双重预防机制), set by the
 *        major hazard feature
 * @param version increases with every change; an update names the version it was based on
 * @param codeCheckOverride the admin override its credit code was registered under, or null
 */
public record Enterprise(
        UUID id,
        CreditCode creditCode,
        String name,
        Place place,
        IndustryArea industryArea,
        String supervisingDepartment,
        RiskColour riskColour,
        boolean dualPreventionBuilt,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        CodeCheckOverride codeCheckOverride) {

    /**
     * This enterprise with the editable facts of {@code revision}, one version on.
     *
     * <p>The credit code is the enterprise's identity and cannot be revised: a different code is a
     * different enterprise (delete this one and register that). The supervising department is kept unless
     * the industry area changes; then it is derived afresh from the current mapping. A department is a
     * recorded fact that plans, cases and statistics refer to, so a changed mapping reaches existing
     * enterprises only through an explicit change, not as a side effect of reading them.
     *
     * @throws InvalidCreditCodeException when the revision carries a different credit code
     */
    public Enterprise revisedBy(EnterpriseRevision revision, Function<IndustryArea, String> departmentOf,
            OffsetDateTime now) {
        if (revision.creditCode() != null && !revision.creditCode().trim().equalsIgnoreCase(creditCode.value())) {
            throw new InvalidCreditCodeException("cannot be changed by an update (is " + creditCode
                    + "); a different code is a different enterprise: delete this one and register that");
        }
        String department = revision.industryArea() == industryArea ? supervisingDepartment
                : departmentOf.apply(revision.industryArea());
        return new Enterprise(id, creditCode, revision.name(), revision.place(), revision.industryArea(), department,
                riskColour, dualPreventionBuilt, version + 1, createdAt, now, codeCheckOverride);
    }

    /**
     * This enterprise with a newly assessed risk colour, one version on. A reassessment that keeps the colour
     * still moves the version: what the enterprise's record shows (its latest assessment) has changed.
     */
    public Enterprise withRiskColour(RiskColour colour, OffsetDateTime now) {
        return new Enterprise(id, creditCode, name, place, industryArea, supervisingDepartment, colour,
                dualPreventionBuilt, version + 1, createdAt, now, codeCheckOverride);
    }

    /** This enterprise with its dual-prevention flag set to {@code built}, one version on. */
    public Enterprise withDualPrevention(boolean built, OffsetDateTime now) {
        return new Enterprise(id, creditCode, name, place, industryArea, supervisingDepartment, riskColour, built,
                version + 1, createdAt, now, codeCheckOverride);
    }
}
