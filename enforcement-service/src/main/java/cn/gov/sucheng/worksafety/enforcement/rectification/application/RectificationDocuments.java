package cn.gov.sucheng.worksafety.enforcement.rectification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseRegister;
import cn.gov.sucheng.worksafety.enforcement.cases.application.Cases;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionRecording;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.Inspections;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.Origin;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.RectificationDocument;
import cn.gov.sucheng.worksafety.enforcement.trail.application.Trail;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues orders to correct within a deadline and re-inspection opinions from an inspection or a case: each takes the
 * next number of its kind and year (shared with the case documents) and is appended to the enforcement trail of the
 * record it was issued from, in the same transaction. A town-level caller reaches its own town's records only.
 */
@Service
public class RectificationDocuments {

    private final Rectifications documents;
    private final Inspections inspections;
    private final Cases cases;
    private final Trail trail;
    private final Clock clock;

    public RectificationDocuments(Rectifications documents, Inspections inspections, Cases cases, Trail trail,
            Clock clock) {
        this.documents = documents;
        this.inspections = inspections;
        this.cases = cases;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public RectificationDocument issueOrder(Origin.Kind kind, UUID originId, LocalDate correctBy,
            List<String> requirements, String actor) {
        Origin origin = origin(kind, originId);
        LocalDate today = LocalDate.now(clock);
        int serial = cases.nextSerial(DocumentKind.ORDER_TO_CORRECT, today.getYear());
        // An invalid order rolls the transaction back, serial included: numbers stay without gaps.
        RectificationDocument order = RectificationDocument.order(UUID.randomUUID(),
                DocumentKind.ORDER_TO_CORRECT.number(today.getYear(), serial), origin, today, correctBy, requirements,
                actor);
        documents.add(order, today.getYear(), serial);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", order.number());
        details.put("correctBy", correctBy.toString());
        details.put("requirements", order.requirements());
        trail.append(trailSubject(kind), originId, "ORDER_TO_CORRECT", actor, details);
        return order;
    }

    @Transactional
    public RectificationDocument issueOpinion(Origin.Kind kind, UUID originId, UUID orderId, LocalDate reinspectedOn,
            boolean corrected, String opinion, String actor) {
        Origin origin = origin(kind, originId);
        RectificationDocument order = documents.byId(origin, orderId).orElseThrow(() -> new InvalidException("orderId",
                "orderId must be an order to correct issued from this " + kind.name().toLowerCase()));
        LocalDate today = LocalDate.now(clock);
        int serial = cases.nextSerial(DocumentKind.REINSPECTION_OPINION, today.getYear());
        RectificationDocument document = RectificationDocument.opinion(UUID.randomUUID(),
                DocumentKind.REINSPECTION_OPINION.number(today.getYear(), serial), origin, today, order, reinspectedOn,
                corrected, opinion, actor);
        documents.add(document, today.getYear(), serial);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", document.number());
        details.put("order", order.number());
        details.put("reinspectedOn", reinspectedOn.toString());
        details.put("corrected", corrected);
        trail.append(trailSubject(kind), originId, "REINSPECTION_OPINION", actor, details);
        return document;
    }

    @Transactional(readOnly = true)
    public List<RectificationDocument> of(Origin.Kind kind, UUID originId) {
        return documents.of(origin(kind, originId));
    }

    @Transactional(readOnly = true)
    public RectificationDocument get(Origin.Kind kind, UUID originId, UUID documentId) {
        return documents.byId(origin(kind, originId), documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }

    /** The inspection or case, answered as not there when it does not exist or lies outside the caller's town. */
    private Origin origin(Origin.Kind kind, UUID id) {
        return switch (kind) {
            case INSPECTION -> inspections.byId(id).filter(i -> TownScope.allows(i.enterprise().town()))
                    .map(i -> new Origin(kind, id, i.enterprise().id(), i.enterprise().town()))
                    .orElseThrow(() -> new NotFoundException("inspection", id));
            case CASE -> cases.byId(id).filter(c -> TownScope.allows(c.town()))
                    .map(c -> new Origin(kind, id, c.enterpriseId(), c.town()))
                    .orElseThrow(() -> new NotFoundException("case", id));
        };
    }

    private static String trailSubject(Origin.Kind kind) {
        return switch (kind) {
            case INSPECTION -> InspectionRecording.TRAIL_SUBJECT;
            case CASE -> CaseRegister.TRAIL_SUBJECT;
        };
    }
}
