package cn.gov.sucheng.worksafety.enterprise.profile.application;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditRegister;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.application.EmergencyPlanFiling;
import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceAdministration;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.DualPreventionRegister;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.MajorHazardSourceRegister;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.enterprise.risk.application.RiskColourRegister;
import cn.gov.sucheng.worksafety.enterprise.standardization.application.Standardization;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;

/**
 * Assembles the one-enterprise profile: the registry's own parts first, then the siblings' parts fetched
 * in parallel under one deadline. A sibling that is down or late leaves its part marked missing with the
 * reason; the profile still answers.
 */
@Service
public class EnterpriseProfiles {

    private final EnterpriseRegistry registry;
    private final LicenceAdministration licences;
    private final Standardization standardization;
    private final MajorHazardSourceRegister majorHazardSources;
    private final DualPreventionRegister dualPrevention;
    private final RiskColourRegister riskColours;
    private final CreditRegister credit;
    private final EmergencyPlanFiling emergencyPlans;
    private final SiblingProfiles siblings;
    private final ProfileSettings settings;

    public EnterpriseProfiles(EnterpriseRegistry registry, LicenceAdministration licences,
            Standardization standardization, MajorHazardSourceRegister majorHazardSources,
            DualPreventionRegister dualPrevention, RiskColourRegister riskColours, CreditRegister credit,
            EmergencyPlanFiling emergencyPlans, SiblingProfiles siblings, ProfileSettings settings) {
        this.registry = registry;
        this.licences = licences;
        this.standardization = standardization;
        this.majorHazardSources = majorHazardSources;
        this.dualPrevention = dualPrevention;
        this.riskColours = riskColours;
        this.credit = credit;
        this.emergencyPlans = emergencyPlans;
        this.siblings = siblings;
        this.settings = settings;
    }

    public EnterpriseProfile profileOf(UUID id) {
        Enterprise enterprise = registry.get(id);
        // The siblings work while this service reads its own tables.
        Instant deadline = Instant.now().plus(settings.siblingDeadline());
        var hazards = siblings.hazards(id, deadline);
        var enforcement = siblings.enforcement(id, deadline);
        var training = siblings.training(id, deadline);
        return new EnterpriseProfile(enterprise,
                riskColours.history(id, new PageRequest(0, 1)).items().stream().findFirst(),
                licences.licencesOf(id), standardization.currentGradingOf(id), majorHazardSources.sourcesOf(id),
                dualPrevention.dualPreventionOf(id), credit.creditOf(id), emergencyPlans.plansOf(id),
                await(hazards, deadline, "hazard-service"), await(enforcement, deadline, "enforcement-service"),
                await(training, deadline, "training-service"));
    }

    // The calls carry the deadline themselves; this bound only guards against a call that never completes.
    private static <T> ProfilePart<T> await(CompletableFuture<ProfilePart<T>> part, Instant deadline, String sibling) {
        long waitMillis = Math.max(0, deadline.toEpochMilli() - System.currentTimeMillis()) + 50;
        try {
            return part.get(waitMillis, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return ProfilePart.missing("the profile was interrupted while waiting for " + sibling);
        }
        catch (Exception ex) {
            return ProfilePart.missing(sibling + " did not answer within the profile's deadline");
        }
    }
}
