package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.Deregistration;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardousSubstance;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceChiefs;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A major hazard source as the REST API shows it. */
@NullMarked
public record MajorHazardSourceView(
        UUID id,
        UUID enterpriseId,
        String name,
        List<HazardousSubstance> substances,
        BigDecimal exposureCorrection,
        @Schema(description = "R = α · Σ β·q/Q, computed (GB 18218-2018), rounded to two decimals for display; "
                + "the grade follows the exact R", example = "64.50") BigDecimal rValue,
        @Schema(description = "1 (R ≥ 100) to 4 (R < 10)", example = "2") int grade,
        SourceChiefs chiefs,
        SourceStatus status,
        @Nullable String deregisteredBy,
        @Nullable OffsetDateTime deregisteredAt,
        @Nullable String deregistrationReason,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static MajorHazardSourceView of(MajorHazardSource s) {
        Deregistration d = s.deregistration();
        return new MajorHazardSourceView(s.id(), s.enterpriseId(), s.name(), s.substances(), s.exposureCorrection(),
                s.rating().displayedR(), s.rating().grade().number(), s.chiefs(), s.status(),
                d == null ? null : d.by(), d == null ? null : d.at(), d == null ? null : d.reason(), s.version(),
                s.createdAt(), s.updatedAt());
    }
}
