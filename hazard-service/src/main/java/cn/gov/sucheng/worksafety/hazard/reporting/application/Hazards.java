package cn.gov.sucheng.worksafety.hazard.reporting.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.reporting.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSummary;

/** Where hazards are kept. */
public interface Hazards {

    void add(Hazard hazard);

    Optional<Hazard> byId(UUID id);

    HazardSummary summaryOf(UUID enterpriseId);
}
