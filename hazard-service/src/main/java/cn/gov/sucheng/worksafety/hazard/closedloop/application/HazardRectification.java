package cn.gov.sucheng.worksafety.hazard.closedloop.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.Confirmation;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Finding;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Handling;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardAction;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardEvent;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardImport;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSummary;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Level;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory.EnterpriseFacts;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import org.jspecify.annotations.NullMarked;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hazards from report to close-out (销号): takes reports in (only for enterprises the registry knows), moves each
 * through its closed loop, and keeps who did what, when, why and with what evidence. Every action and its history
 * entry are written in one transaction, or neither is.
 */
@Service
public class HazardRectification {

    /** The largest import accepted in one request, so one transaction stays short. */
    public static final int MAX_IMPORT = 1_000;
    private static final int ESCALATION_BATCH = 500;

    private final Hazards hazards;
    private final EnterpriseDirectory enterprises;
    private final TransactionTemplate tx;
    private final Clock clock;

    public HazardRectification(Hazards hazards, EnterpriseDirectory enterprises, TransactionTemplate tx, Clock clock) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Asks the registry first, then stores the hazard as reported in one statement: no transaction of its own, so a
     * report from the API holds no database connection while the registry answers; called from a tip or a failed
     * risk check, it joins that caller's transaction.
     */
    public Hazard report(HazardReport report) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        checkFoundAt(report.foundAt(), now, "foundAt");
        if (report.handling() == Handling.ON_THE_SPOT && report.deadline() != null) {
            throw new InvalidException("deadline", "a hazard fixed on the spot has no deadline");
        }
        if (report.deadline() != null && report.deadline().isBefore(now.toLocalDate())) {
            throw new InvalidException("deadline", "deadline must not be in the past");
        }
        EnterpriseFacts enterprise = registered(report.enterpriseId());
        Hazard hazard = new Hazard(UUID.randomUUID(), enterprise.id(), enterprise.name(), enterprise.town(),
                enterprise.industryArea(), enterprise.supervisingDepartment(), report.place(), report.description(),
                report.attachments(), report.grade(), report.source(), report.handling(), report.deadline(), null,
                report.responsiblePerson(), HazardStatus.REPORTED, Level.TOWN, false, false, report.reportedBy(),
                report.foundAt() != null ? report.foundAt() : now, null, null, null, null, 0, now, now);
        hazards.add(hazard, new HazardEvent(hazard.id(), HazardAction.REPORT, null, HazardStatus.REPORTED,
                actorOrUnknown(report.reportedBy()), null, report.attachments(), now));
        return hazard;
    }

    /** The outcome of delivering a finding: the hazard, and whether the finding had been delivered before. */
    public record FindingOutcome(Hazard hazard, boolean replayed) {
    }

    /**
     * Turns an inspection finding into a hazard, once per finding id: a replay answers the hazard made first. A
     * general finding without a deadline was fixed on the spot and is closed at once, the inspection as evidence.
     */
    public FindingOutcome createFromFinding(Finding finding) {
        var known = hazards.byFindingId(finding.findingId());
        if (known.isPresent()) {
            return new FindingOutcome(known.get(), true);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        checkFoundAt(finding.foundAt(), now, "found_at");
        EnterpriseFacts enterprise = registered(finding.enterpriseId());
        String officers = String.join(", ", finding.officerBadges());
        Handling handling = finding.deadline() != null ? Handling.BY_DEADLINE
                : finding.grade() == HazardGrade.GENERAL ? Handling.ON_THE_SPOT : null;
        Hazard reported = new Hazard(UUID.randomUUID(), enterprise.id(), enterprise.name(), enterprise.town(),
                enterprise.industryArea(), enterprise.supervisingDepartment(), finding.place(), finding.description(),
                List.of(), finding.grade(), HazardSource.INSPECTION_FINDING, handling, finding.deadline(), null, null,
                HazardStatus.REPORTED, Level.TOWN, false, false, officers.isEmpty() ? null : officers,
                finding.foundAt() != null ? finding.foundAt() : now, null, finding.findingId(), finding.inspectionId(),
                null, 0, now, now);
        String actor = officers.isEmpty() ? "inspection " + finding.inspectionId() : officers;
        return tx.execute(s -> {
            if (!hazards.addUnlessFindingKnown(reported)) {
                return new FindingOutcome(hazards.byFindingId(finding.findingId()).orElseThrow(), true);
            }
            hazards.record(new HazardEvent(reported.id(), HazardAction.REPORT, null, HazardStatus.REPORTED, actor,
                    "inspection finding " + finding.findingId(), List.of(), now));
            if (handling != Handling.ON_THE_SPOT) {
                return new FindingOutcome(reported, false);
            }
            Hazard.Changed fixed = reported.fixOnTheSpot(List.of("inspection:" + finding.inspectionId()), actor,
                    "fixed on the spot during the inspection", now);
            hazards.update(fixed.hazard());
            hazards.record(fixed.event());
            return new FindingOutcome(fixed.hazard(), false);
        });
    }

    /** The outcome of an import: how many records were received and how many were new. */
    @NullMarked
    public record ImportOutcome(int received, int added) {
    }

    /**
     * Imports up to {@value #MAX_IMPORT} hazards in one transaction: all are checked first (every enterprise must
     * be registered; a record names its index in the field), then the new ones are added, or none is.
     */
    public ImportOutcome importAll(List<HazardImport> records, String actor) {
        if (records.isEmpty() || records.size() > MAX_IMPORT) {
            throw new InvalidException("hazards", "an import holds 1 to " + MAX_IMPORT + " hazards");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<String> refs = new LinkedHashSet<>();
        Set<UUID> enterpriseIds = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            HazardImport r = records.get(i);
            String at = "hazards[" + i + "].";
            if (!refs.add(r.sourceRef())) {
                throw new InvalidException(at + "sourceRef", "sourceRef " + r.sourceRef() + " appears twice");
            }
            checkFoundAt(r.foundAt(), now, at + "foundAt");
            if (r.status() == HazardStatus.CLOSED) {
                if (r.closedAt() == null || r.closedAt().isBefore(r.foundAt()) || r.closedAt().isAfter(now)) {
                    throw new InvalidException(at + "closedAt",
                            "a closed hazard needs closedAt, between foundAt and now");
                }
            }
            else if (r.closedAt() != null) {
                throw new InvalidException(at + "closedAt", "only a closed hazard has closedAt");
            }
            if (r.handling() == Handling.BY_DEADLINE && r.deadline() == null && r.status() != HazardStatus.REPORTED) {
                throw new InvalidException(at + "deadline", "a hazard fixed by a deadline needs its deadline");
            }
            if (r.grade() == HazardGrade.MAJOR && r.handling() == Handling.ON_THE_SPOT) {
                throw new InvalidException(at + "handling", "a major hazard cannot be fixed on the spot");
            }
            enterpriseIds.add(r.enterpriseId());
        }
        Map<UUID, EnterpriseFacts> known = enterprises.findAllInScope(enterpriseIds);
        List<Hazard> hazardsToAdd = new ArrayList<>(records.size());
        List<HazardEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            HazardImport r = records.get(i);
            EnterpriseFacts e = known.get(r.enterpriseId());
            if (e == null) {
                throw new UnprocessableException("hazards[" + i + "]: enterprise " + r.enterpriseId()
                        + " is not registered; nothing was imported");
            }
            UUID id = UUID.randomUUID();
            hazardsToAdd.add(new Hazard(id, e.id(), e.name(), e.town(), e.industryArea(), e.supervisingDepartment(),
                    r.place(), r.description(), List.of(), r.grade(), r.source(), r.handling(), r.deadline(),
                    r.assignee(), null, r.status(), Level.TOWN, false, false, r.reportedBy(), r.foundAt(), r.closedAt(),
                    null, null, r.sourceRef(), 0, now, now));
            events.add(new HazardEvent(id, HazardAction.IMPORT, null, r.status(), actor, "imported as " + r.sourceRef(),
                    List.of(), now));
        }
        int added = tx.execute(s -> {
            int n = hazards.addAllNew(hazardsToAdd);
            hazards.recordImports(events);
            return n;
        });
        return new ImportOutcome(records.size(), added);
    }

    @Transactional(readOnly = true)
    public Hazard get(UUID id) {
        return hazards.byId(id).orElseThrow(() -> new NotFoundException("hazard", id));
    }

    @Transactional(readOnly = true)
    public HazardPage<Hazard> find(HazardQuery query, PageRequest page) {
        if (page.offset() + page.size() > HazardPage.COUNT_CAP) {
            throw new InvalidException("page", "pages reach the first " + HazardPage.COUNT_CAP
                    + " matches only; narrow the filters (dates, town, enterprise) to see further");
        }
        if (query.foundFrom() != null && query.foundTo() != null && query.foundTo().isBefore(query.foundFrom())) {
            throw new InvalidException("foundTo", "foundTo must not be before foundFrom");
        }
        // A town-level caller's data scope narrows the town filter: its own town, or nothing for another town's.
        var scope = TownScope.current();
        if (scope.isPresent()) {
            if (query.town() != null && !query.town().equals(scope.get())) {
                return new HazardPage<>(List.of(), page.page(), page.size(), 0, false);
            }
            query = query.inTown(scope.get());
        }
        return hazards.find(query, page);
    }

    @Transactional(readOnly = true)
    public Page<HazardEvent> history(UUID id, PageRequest page) {
        get(id);
        return hazards.events(id, page);
    }

    @Transactional(readOnly = true)
    public HazardSummary summaryOf(UUID enterpriseId) {
        return hazards.summaryOf(enterpriseId);
    }

    @Transactional
    public Hazard confirm(UUID id, long basedOn, Confirmation confirmation, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.confirm(confirmation, actor, reason, now));
    }

    @Transactional
    public Hazard startRectification(UUID id, long basedOn, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.startRectification(actor, reason, now));
    }

    @Transactional
    public Hazard submitFix(UUID id, long basedOn, List<String> evidence, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.submitFix(evidence, actor, reason, now));
    }

    @Transactional
    public Hazard verify(UUID id, long basedOn, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.verify(actor, reason, now));
    }

    @Transactional
    public Hazard reject(UUID id, long basedOn, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.reject(actor, reason, now));
    }

    @Transactional
    public Hazard fixOnTheSpot(UUID id, long basedOn, List<String> evidence, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.fixOnTheSpot(evidence, actor, reason, now));
    }

    /** For listed supervision: holds the hazard's close-out; joins the caller's transaction. */
    @Transactional
    public Hazard listForSupervision(UUID id, long basedOn, String actor, String reason) {
        return act(id, basedOn, (h, now) -> h.listForSupervision(actor, reason, now));
    }

    /** For listed supervision: releases the hazard's close-out; joins the caller's transaction. */
    @Transactional
    public Hazard delist(UUID id, String actor, String reason) {
        return act(id, null, (h, now) -> h.delist(actor, reason, now));
    }

    /**
     * Marks every open hazard past its deadline overdue and escalates it to the district, in batches of short
     * transactions. Safe to run on every instance at once: each hazard is escalated by exactly one of them.
     */
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int total = 0;
        int batch;
        do {
            batch = tx.execute(s -> hazards.escalateOverdue(today, now, ESCALATION_BATCH));
            total += batch;
        }
        while (batch == ESCALATION_BATCH);
        return total;
    }

    @Transactional(readOnly = true)
    public List<OverdueCount> overdueCounts(OverdueGrouping by) {
        return hazards.overdueCounts(by);
    }

    /** Hazards found in a year, or in one quarter of it, per enterprise, town or industry. */
    @Transactional(readOnly = true)
    public List<HazardFigures> statistics(StatisticsGrouping by, int year, Integer quarter, UUID enterpriseId) {
        LocalDate from = quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate to = quarter == null ? from.plusYears(1) : from.plusMonths(3);
        return hazards.statistics(by, from, to, enterpriseId);
    }

    // Locked, so concurrent actions run one after the other and the second is judged on what the first did.
    private Hazard act(UUID id, Long basedOn, BiFunction<Hazard, OffsetDateTime, Hazard.Changed> change) {
        Hazard current = hazards.lockById(id).orElseThrow(() -> new NotFoundException("hazard", id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("hazard", id, basedOn, current.version());
        }
        Hazard.Changed changed = change.apply(current, OffsetDateTime.now(clock));
        hazards.update(changed.hazard());
        hazards.record(changed.event());
        return changed.hazard();
    }

    private EnterpriseFacts registered(UUID enterpriseId) {
        return enterprises.findInScope(enterpriseId).orElseThrow(
                () -> new UnprocessableException("enterprise " + enterpriseId + " is not registered"));
    }

    private static void checkFoundAt(OffsetDateTime foundAt, OffsetDateTime now, String field) {
        if (foundAt != null && foundAt.isAfter(now.plusMinutes(5))) {
            throw new InvalidException(field, field + " lies in the future");
        }
    }

    private static String actorOrUnknown(String actor) {
        return actor == null ? "unnamed reporter" : actor;
    }
}
