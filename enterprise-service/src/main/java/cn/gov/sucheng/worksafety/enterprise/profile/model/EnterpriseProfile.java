package cn.gov.sucheng.worksafety.enterprise.profile.model;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;

/**
 * The one-enterprise profile (一企一档): what the registry holds of an enterprise and what the sibling
 * services know of it.
 */
public record EnterpriseProfile(
        Enterprise enterprise,
        ProfilePart<HazardFigures> hazards,
        ProfilePart<Object> enforcement,
        ProfilePart<Object> training) {
}
