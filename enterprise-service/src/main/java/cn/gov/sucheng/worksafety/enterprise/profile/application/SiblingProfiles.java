package cn.gov.sucheng.worksafety.enterprise.profile.application;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.gov.sucheng.worksafety.enterprise.profile.model.HazardFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.enterprise.profile.model.TrainingFigures;

/**
 * What the sibling services know of an enterprise. Each call starts at once and completes by the given
 * deadline, with the data or with the reason it is missing; none ever fails.
 */
public interface SiblingProfiles {

    CompletableFuture<ProfilePart<HazardFigures>> hazards(UUID enterpriseId, Instant deadline);

    /** Inspections and cases (enforcement-service). */
    CompletableFuture<ProfilePart<Object>> enforcement(UUID enterpriseId, Instant deadline);

    /** Key-post coverage and the certificates due for review (training-service). */
    CompletableFuture<ProfilePart<TrainingFigures>> training(UUID enterpriseId, Instant deadline);
}
