package cn.gov.sucheng.worksafety.hazard.closedloop.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardEvent;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSummary;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where hazards and their histories are kept. */
public interface Hazards {

    /** Adds a new hazard with the first entry of its history, both or neither. */
    void add(Hazard hazard, HazardEvent first);

    /** Adds the hazard unless one with its finding id exists; true when it was added. */
    boolean addUnlessFindingKnown(Hazard hazard);

    /** Adds those whose source reference is new; the number added. */
    int addAllNew(List<Hazard> hazards);

    Optional<Hazard> byId(UUID id);

    Optional<Hazard> byFindingId(UUID findingId);

    /** The hazard, locked until the transaction ends. */
    Optional<Hazard> lockById(UUID id);

    void update(Hazard hazard);

    void record(HazardEvent event);

    /** Records the import of each hazard whose source reference was new. */
    void recordImports(List<HazardEvent> events);

    Page<HazardEvent> events(UUID hazardId, PageRequest page);

    HazardPage<Hazard> find(HazardQuery query, PageRequest page);

    HazardSummary summaryOf(UUID enterpriseId);

    /**
     * Marks up to {@code batch} open hazards past their deadline on {@code today} overdue and raises them to the
     * district level, recording each, in one statement that only changes a hazard not yet marked: however many
     * instances run it at once, each hazard is escalated once. The number escalated.
     */
    int escalateOverdue(LocalDate today, OffsetDateTime now, int batch);

    List<OverdueCount> overdueCounts(OverdueGrouping by);

    List<HazardFigures> statistics(StatisticsGrouping by, LocalDate from, LocalDate toExclusive, UUID enterpriseId);
}
