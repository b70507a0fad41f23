package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;

/**
 * A major hazard source (重大危险源) of an enterprise: the hazardous chemicals it holds, the correction for
 * the people exposed outside the site, the rating they imply and its source chiefs. Every change names the
 * version it was made from, so that no concurrent change is lost.
 *
 * @param exposureCorrection α, the correction for the population exposed outside the site (暴露人员校正系数)
 * @param deregistration who took it off the register, or null while it is registered
 */
public record MajorHazardSource(
        UUID id,
        UUID enterpriseId,
        String name,
        List<HazardousSubstance> substances,
        BigDecimal exposureCorrection,
        HazardRating rating,
        SourceChiefs chiefs,
        SourceStatus status,
        Deregistration deregistration,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public MajorHazardSource {
        substances = List.copyOf(substances);
    }

    public static MajorHazardSource register(UUID enterpriseId, String name, List<HazardousSubstance> substances,
            BigDecimal exposureCorrection, SourceChiefs chiefs, OffsetDateTime now) {
        return new MajorHazardSource(UUID.randomUUID(), enterpriseId, name, substances, exposureCorrection,
                HazardRating.of(substances, exposureCorrection), chiefs, SourceStatus.REGISTERED, null, 0, now, now);
    }

    /** New substances or a new α, from the version the caller read; the rating follows. */
    public MajorHazardSource changeSubstances(List<HazardousSubstance> newSubstances, BigDecimal newExposureCorrection,
            long expectedVersion, OffsetDateTime now) {
        requireChangeable(expectedVersion);
        return new MajorHazardSource(id, enterpriseId, name, newSubstances, newExposureCorrection,
                HazardRating.of(newSubstances, newExposureCorrection), chiefs, status, null, version + 1, createdAt,
                now);
    }

    /** New source chiefs, from the version the caller read. */
    public MajorHazardSource changeChiefs(SourceChiefs newChiefs, long expectedVersion, OffsetDateTime now) {
        requireChangeable(expectedVersion);
        return new MajorHazardSource(id, enterpriseId, name, substances, exposureCorrection, rating, newChiefs, status,
                null, version + 1, createdAt, now);
    }

    /** Takes the source off the register (核销), for example when the chemicals are gone for good. */
    public MajorHazardSource deregister(String by, String reason, OffsetDateTime now) {
        if (status == SourceStatus.DEREGISTERED) {
            throw new ConflictException("major hazard source " + id + " is already deregistered");
        }
        return new MajorHazardSource(id, enterpriseId, name, substances, exposureCorrection, rating, chiefs,
                SourceStatus.DEREGISTERED, new Deregistration(by, now, reason), version + 1, createdAt, now);
    }

    private void requireChangeable(long expectedVersion) {
        if (status == SourceStatus.DEREGISTERED) {
            throw new ConflictException("major hazard source " + id + " is deregistered and can no longer change");
        }
        if (expectedVersion != version) {
            throw new StaleVersionException("major hazard source", id, expectedVersion, version);
        }
    }
}
