package cn.gov.sucheng.worksafety.training.officer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * An enforcement officer (执法人员): only one with a valid enforcement credential (执法证) who is not suspended
 * may be drawn to inspect (双随机).
 *
 * @param credentialValidUntil the last day the enforcement credential is valid
 * @param safetyBackground has a professional work-safety background (安全生产专业背景)
 * @param trainingHours enforcement training hours on record
 * @param tiedEnterpriseIds enterprises the officer declared a tie to (kinship, former employment): recused
 * @param suspensionReason why the officer is suspended, or null when not
 */
public record Officer(UUID id, String name, String badgeNumber, String department, LocalDate credentialValidUntil,
        boolean safetyBackground, int trainingHours, Set<UUID> tiedEnterpriseIds, String suspensionReason,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public Officer {
        tiedEnterpriseIds = Set.copyOf(tiedEnterpriseIds);
    }

    public boolean suspended() {
        return suspensionReason != null;
    }

    /** Why the officer may not enforce on {@code day}; empty when they may. */
    public List<String> ineligibilityOn(LocalDate day) {
        List<String> reasons = new ArrayList<>();
        if (day.isAfter(credentialValidUntil)) {
            reasons.add("credential expired on " + credentialValidUntil);
        }
        if (suspended()) {
            reasons.add("suspended: " + suspensionReason);
        }
        return List.copyOf(reasons);
    }

    public boolean eligibleOn(LocalDate day) {
        return ineligibilityOn(day).isEmpty();
    }

    public List<String> allowedActions() {
        return suspended() ? List.of("reinstate", "renew-credential") : List.of("suspend", "renew-credential");
    }

    public Officer suspend(String reason, OffsetDateTime now) {
        if (suspended()) {
            throw new ConflictException("officer " + badgeNumber + " is suspended already", "SUSPENDED", allowedActions());
        }
        return with(credentialValidUntil, reason, now);
    }

    public Officer reinstate(OffsetDateTime now) {
        if (!suspended()) {
            throw new ConflictException("officer " + badgeNumber + " is not suspended", "ACTIVE", allowedActions());
        }
        return with(credentialValidUntil, null, now);
    }

    /** A renewed credential (换证) runs to {@code validUntil}, which must be later than the current last day. */
    public Officer renewCredential(LocalDate validUntil, OffsetDateTime now) {
        if (!validUntil.isAfter(credentialValidUntil)) {
            throw new InvalidException("validUntil", "validUntil must be after the current last day "
                    + credentialValidUntil);
        }
        return with(validUntil, suspensionReason, now);
    }

    private Officer with(LocalDate validUntil, String suspension, OffsetDateTime now) {
        return new Officer(id, name, badgeNumber, department, validUntil, safetyBackground, trainingHours,
                tiedEnterpriseIds, suspension, version + 1, createdAt, now);
    }
}
