package cn.gov.sucheng.worksafety.enforcement.inspection.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Finding;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.NewInspection;
import cn.gov.sucheng.worksafety.enforcement.trail.application.Trail;
import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.outbox.Outbox;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records inspections. In the one transaction that stores an inspection, each finding is put in the outbox for
 * hazard-service and the report for the search index, and the step is appended to the enforcement trail: with
 * hazard-service or Elasticsearch down the inspection is still accepted, and they catch up once back.
 */
@Service
public class InspectionRecording {

    public static final String TRAIL_SUBJECT = "INSPECTION";

    private final Inspections inspections;
    private final EnterpriseDirectory enterprises;
    private final Outbox outbox;
    private final Trail trail;
    private final Clock clock;

    public InspectionRecording(Inspections inspections, EnterpriseDirectory enterprises, Outbox outbox, Trail trail,
            Clock clock) {
        this.inspections = inspections;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public Inspection record(NewInspection request) {
        // Asked before the transaction writes anything; the registry's answer is kept with the inspection.
        EnterpriseFacts enterprise = enterprises.findInScope(request.enterpriseId())
                .orElseThrow(() -> new UnprocessableException("enterprise " + request.enterpriseId()
                        + " is not registered"));
        Inspection inspection = Inspection.record(request, enterprise, UUID::randomUUID, OffsetDateTime.now(clock));
        inspections.add(inspection);
        for (Finding finding : inspection.findings()) {
            outbox.enqueue(OutboxTopics.FINDING_TO_HAZARD, inspection.id().toString(), finding.id().toString());
        }
        outbox.enqueue(OutboxTopics.REPORT_TO_INDEX, inspection.id().toString(), inspection.id().toString());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enterpriseId", enterprise.id().toString());
        details.put("mode", inspection.mode().name());
        details.put("officers", inspection.officerBadges());
        details.put("findings", inspection.findings().size());
        trail.append(TRAIL_SUBJECT, inspection.id(), "INSPECTION_RECORDED", inspection.recordedBy(), details);
        return inspection;
    }

    @Transactional(readOnly = true)
    public Inspection get(UUID id) {
        // A town-level caller is answered as if another town's inspection were not there.
        return inspections.byId(id).filter(i -> TownScope.allows(i.enterprise().town()))
                .orElseThrow(() -> new NotFoundException("inspection", id));
    }

    /** The inspection's trail, oldest first; like the inspection itself, not there for a caller outside its town. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trail(UUID id) {
        get(id);
        return trail.of(TRAIL_SUBJECT, id);
    }

    /** The enterprise's most recent inspections, newest first, and how many it has had. */
    @Transactional(readOnly = true)
    public Page<Inspection> ofEnterprise(UUID enterpriseId, int recent) {
        return Page.of(inspections.ofEnterprise(enterpriseId, recent), PageRequest.of(0, recent),
                inspections.countOfEnterprise(enterpriseId));
    }

    @Transactional(readOnly = true)
    public Page<Inspection> list(InspectionFilter filter, PageRequest page) {
        return inspections.find(filter, page);
    }
}
