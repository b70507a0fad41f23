package cn.gov.sucheng.worksafety.enterprise.profile.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.credit.web.CreditEventView;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.web.PlanView;
import cn.gov.sucheng.worksafety.enterprise.licence.web.LicenceView;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.web.MajorHazardSourceView;
import cn.gov.sucheng.worksafety.enterprise.profile.application.EnterpriseProfile;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.enterprise.standardization.web.GradingView;
import cn.gov.sucheng.worksafety.enterprise.profile.model.HazardFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.enterprise.profile.model.TrainingFigures;
import cn.gov.sucheng.worksafety.enterprise.registry.web.EnterpriseView;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The profile as the REST API shows it.
 *
 * @param missing the parts that are not in this answer, for a client that only checks one field
 */
@NullMarked
public record ProfileView(
        EnterpriseView enterprise,
        @Nullable RiskColourChange riskColour,
        List<LicenceView> licences,
        @Nullable GradingView standardization,
        List<MajorHazardSourceView> majorHazardSources,
        DualPrevention dualPrevention,
        List<CreditEventView> credit,
        List<PlanView> emergencyPlans,
        ProfilePart<HazardFigures> hazards,
        ProfilePart<Object> enforcement,
        ProfilePart<TrainingFigures> training,
        List<String> missing) {

    static ProfileView of(EnterpriseProfile p, LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (!p.hazards().available()) {
            missing.add("hazards");
        }
        if (!p.enforcement().available()) {
            missing.add("enforcement");
        }
        if (!p.training().available()) {
            missing.add("training");
        }
        return new ProfileView(EnterpriseView.of(p.enterprise()), p.riskColour().orElse(null),
                p.licences().stream().map(LicenceView::of).toList(),
                p.standardization().map(GradingView::of).orElse(null),
                p.majorHazardSources().stream().map(MajorHazardSourceView::of).toList(), p.dualPrevention(),
                p.credit().stream().map(e -> CreditEventView.of(e, today)).toList(),
                p.emergencyPlans().stream().map(PlanView::of).toList(),
                p.hazards(), p.enforcement(), p.training(), List.copyOf(missing));
    }
}
