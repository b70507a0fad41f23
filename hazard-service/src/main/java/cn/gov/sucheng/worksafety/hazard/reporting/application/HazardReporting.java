package cn.gov.sucheng.worksafety.hazard.reporting.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.reporting.application.EnterpriseDirectory.EnterpriseFacts;
import cn.gov.sucheng.worksafety.hazard.reporting.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardStatus;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSummary;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes hazard reports in: only for enterprises the registry knows. */
@Service
public class HazardReporting {

    private final Hazards hazards;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    public HazardReporting(Hazards hazards, EnterpriseDirectory enterprises, Clock clock) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** Asks the registry first (outside any transaction), then stores the hazard as reported. */
    public Hazard report(HazardReport report) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (report.foundAt() != null && report.foundAt().isAfter(now.plusMinutes(5))) {
            throw new InvalidException("foundAt", "foundAt lies in the future");
        }
        EnterpriseFacts enterprise = enterprises.find(report.enterpriseId())
                .orElseThrow(() -> new UnprocessableException(
                        "enterprise " + report.enterpriseId() + " is not registered"));
        Hazard hazard = new Hazard(UUID.randomUUID(), enterprise.id(), enterprise.name(),
                enterprise.supervisingDepartment(), report.description(), report.grade(), report.source(),
                HazardStatus.REPORTED, report.reportedBy(), report.foundAt() != null ? report.foundAt() : now, 0,
                now, now);
        hazards.add(hazard);
        return hazard;
    }

    @Transactional(readOnly = true)
    public HazardSummary summaryOf(UUID enterpriseId) {
        return hazards.summaryOf(enterpriseId);
    }

    @Transactional(readOnly = true)
    public Hazard get(UUID id) {
        return hazards.byId(id).orElseThrow(() -> new NotFoundException("hazard", id));
    }
}
