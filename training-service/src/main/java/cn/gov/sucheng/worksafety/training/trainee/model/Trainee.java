package cn.gov.sucheng.worksafety.training.trainee.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person whose training and certificates are supervised. Only the masked ID number is part of the record;
 * the full number lives encrypted where only the vault reads it.
 *
 * @param enterpriseName, town, industryArea copied from the registry when the person was registered
 * @param highRiskTrade works in a high-risk trade (高危行业): mining, hazardous chemicals, fireworks, metal smelting, …
 */
public record Trainee(UUID id, String name, String maskedIdNumber, UUID enterpriseId, String enterpriseName,
        String town, String industryArea, KeyPost keyPost, boolean highRiskTrade, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
