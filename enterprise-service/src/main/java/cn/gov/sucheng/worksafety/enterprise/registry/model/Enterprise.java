package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A supervised enterprise as the registry holds it. */
public record Enterprise(
        UUID id,
        CreditCode creditCode,
        String name,
        Place place,
        IndustryArea industryArea,
        String supervisingDepartment,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
