package cn.gov.sucheng.worksafety.enterprise.profile.application;

import java.util.List;
import java.util.Optional;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceSummary;
import cn.gov.sucheng.worksafety.enterprise.profile.model.HazardFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.enterprise.profile.model.TrainingFigures;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingAsOf;

/**
 * The one-enterprise profile (一企一档): what this service holds of an enterprise and what the sibling
 * services know of it.
 */
public record EnterpriseProfile(
        Enterprise enterprise,
        Optional<RiskColourChange> riskColour,
        List<LicenceSummary> licences,
        Optional<GradingAsOf> standardization,
        List<MajorHazardSource> majorHazardSources,
        DualPrevention dualPrevention,
        List<CreditEvent> credit,
        List<EmergencyPlan> emergencyPlans,
        ProfilePart<HazardFigures> hazards,
        ProfilePart<Object> enforcement,
        ProfilePart<TrainingFigures> training) {
}
