package cn.gov.sucheng.worksafety.enforcement.cases.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseAction;
import cn.gov.sucheng.worksafety.enforcement.cases.model.Circumstance;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CreditOutcome;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBand;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBaseline;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionCalculation;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.cases.model.EnforcementCase;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.Inspections;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.EnterpriseFacts;
import cn.gov.sucheng.worksafety.enforcement.trail.application.Trail;
import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.outbox.Outbox;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases: filing, the actions of their lifecycle (each appended to the enforcement trail in the same
 * transaction), the documents they issue (a penalty notice with NOTIFY, a penalty decision with DECIDE), the
 * discretion calculation, and the credit outcome of a decision, sent to enterprise-service through the outbox.
 */
@Service
public class CaseRegister {

    public static final String TRAIL_SUBJECT = "CASE";
    /** Outbox topic of credit outcomes; payload: the case id. */
    public static final String CREDIT_OUTCOME_TOPIC = "credit.outcome";

    private final Cases cases;
    private final EnterpriseDirectory enterprises;
    private final Inspections inspections;
    private final Trail trail;
    private final Outbox outbox;
    private final CaseProperties properties;
    private final Map<String, DiscretionBaseline> baselines;
    private final Clock clock;

    public CaseRegister(Cases cases, EnterpriseDirectory enterprises, Inspections inspections, Trail trail,
            Outbox outbox, CaseProperties properties, DiscretionProperties discretion, Clock clock) {
        this.cases = cases;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.trail = trail;
        this.outbox = outbox;
        this.properties = properties;
        this.baselines = discretion.toBaselines();
        this.clock = clock;
    }

    /**
     * Files a case on {@code filedOn} (today when null: a case recorded after the fact keeps the day it was filed);
     * the time limit runs from that day. The case keeps the enterprise's town for the town data scope. The enterprise
     * and the inspection, when given, must be ones the caller may see, and the inspection one of that enterprise.
     */
    @Transactional
    public EnforcementCase file(UUID enterpriseId, UUID inspectionId, String violationType, boolean major,
            String summary, LocalDate filedOn, String actor) {
        baseline(violationType, "violationType");
        LocalDate filed = filedOn == null ? today() : filedOn;
        if (filed.isAfter(today())) {
            throw new InvalidException("filedOn", "filedOn cannot be in the future (today is " + today() + ")");
        }
        EnterpriseFacts enterprise = enterprises.findInScope(enterpriseId)
                .orElseThrow(() -> new UnprocessableException("enterprise " + enterpriseId + " is not registered"));
        if (inspectionId != null && inspections.byId(inspectionId).filter(i -> TownScope.allows(i.enterprise().town())
                && i.enterprise().id().equals(enterpriseId)).isEmpty()) {
            throw new UnprocessableException("inspectionId " + inspectionId + " is not an inspection of enterprise "
                    + enterpriseId);
        }
        EnforcementCase c = EnforcementCase.file(UUID.randomUUID(), enterpriseId, enterprise.town(), inspectionId,
                violationType, major, summary.trim(), filed, properties.limits());
        cases.add(c, actor);
        trail.append(TRAIL_SUBJECT, c.id(), "FILED", actor, Map.of("enterpriseId", enterpriseId.toString(),
                "violationType", violationType, "major", major, "filedOn", filed.toString(),
                "deadline", c.deadline().toString()));
        return c;
    }

    /**
     * Takes an action on a case. The case is locked first; with {@code basedOn} (If-Match) a case changed since is
     * refused as stale, so of two concurrent actions exactly one wins.
     *
     * @param on the day the action was taken (today when null), for a case recorded after the fact: the documents
     *           it issues carry that date and that year's numbers
     */
    @Transactional
    public EnforcementCase take(UUID id, CaseAction action, Long basedOn, BigDecimal fine, CreditOutcome outcome,
            String note, LocalDate on, String actor) {
        EnforcementCase current = cases.lockById(id).filter(c -> TownScope.allows(c.town()))
                .orElseThrow(() -> new NotFoundException("case", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("case", id, basedOn, current.version());
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new InvalidException("on", "on cannot be in the future (today is " + today() + ")");
        }
        if (day.isBefore(current.filedOn())) {
            throw new InvalidException("on", "on cannot be before the case was filed (" + current.filedOn() + ")");
        }
        EnforcementCase next = current.take(action, fine, outcome, properties.limits());
        cases.update(next);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", current.state().name());
        details.put("to", next.state().name());
        if (note != null && !note.isBlank()) {
            details.put("note", note.trim());
        }
        if (on != null) {
            details.put("on", day.toString());
        }
        switch (action) {
            case NOTIFY -> details.put("document", issue(next, DocumentKind.PENALTY_NOTICE, day).number());
            case DECIDE -> {
                details.put("document", issue(next, DocumentKind.PENALTY_DECISION, day).number());
                if (fine != null) {
                    details.put("fine", fine.toPlainString());
                }
                if (outcome != null) {
                    details.put("creditOutcome", outcome.kind().name());
                    outbox.enqueue(CREDIT_OUTCOME_TOPIC, id.toString(), id.toString());
                }
            }
            case EXTEND -> details.put("deadline", next.deadline().toString());
            default -> {
            }
        }
        trail.append(TRAIL_SUBJECT, id, action.name(), actor, details);
        return next;
    }

    private CaseDocument issue(EnforcementCase c, DocumentKind kind, LocalDate on) {
        int year = on.getYear();
        int serial = cases.nextSerial(kind, year);
        CaseDocument document = new CaseDocument(UUID.randomUUID(), c.id(), kind, kind.number(year, serial), on);
        cases.addDocument(document, year, serial);
        return document;
    }

    /** The fine the baseline gives for this case in a band with these circumstances, explained; changes nothing. */
    @Transactional(readOnly = true)
    public DiscretionCalculation.Result calculateFine(UUID id, DiscretionBand band, List<Circumstance> circumstances) {
        EnforcementCase c = get(id);
        return DiscretionCalculation.compute(baseline(c.violationType(), "violationType"), band, circumstances);
    }

    public List<DiscretionBaseline> baselines() {
        return List.copyOf(baselines.values());
    }

    @Transactional(readOnly = true)
    public EnforcementCase get(UUID id) {
        // A town-level caller is answered as if another town's case were not there.
        return cases.byId(id).filter(c -> TownScope.allows(c.town())).orElseThrow(() -> new NotFoundException("case", id));
    }

    /** The case's trail, oldest first; like the case itself, not there for a caller outside its town. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trail(UUID id) {
        get(id);
        return trail.of(TRAIL_SUBJECT, id);
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> documents(UUID id) {
        return cases.documentsOf(id);
    }

    /** Cases; with {@code nearLimit} only open ones due within the configured days (overdue included). */
    @Transactional(readOnly = true)
    public Page<EnforcementCase> list(UUID enterpriseId, cn.gov.sucheng.worksafety.enforcement.cases.model.CaseState state,
            boolean nearLimit, PageRequest page) {
        return cases.find(new CaseFilter(enterpriseId, state,
                nearLimit ? today().plusDays(properties.nearLimitDays()) : null), page);
    }

    @Transactional(readOnly = true)
    public Cases.CaseFigures figuresOf(UUID enterpriseId) {
        return cases.figuresOf(enterpriseId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private DiscretionBaseline baseline(String violationType, String field) {
        DiscretionBaseline baseline = baselines.get(violationType);
        if (baseline == null) {
            throw new InvalidException(field, field + " must be one of " + baselines.keySet());
        }
        return baseline;
    }
}
