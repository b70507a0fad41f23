package cn.gov.sucheng.worksafety.enforcement.search.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.Inspections;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportDocument;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportQuery;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportResults;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;

import org.springframework.stereotype.Service;

/**
 * Full-text search over inspection reports (PostgreSQL holds them; Elasticsearch is an index of them that can be
 * rebuilt at any time) and the rebuild itself: a fresh index filled from PostgreSQL while searches go on against
 * the old one, then the alias swapped in one step, then what was recorded meanwhile indexed again.
 */
@Service
public class ReportSearch {

    private static final int REBUILD_BATCH = 1000;

    private final ReportIndex index;
    private final Inspections inspections;
    private final Clock clock;

    public ReportSearch(ReportIndex index, Inspections inspections, Clock clock) {
        this.index = index;
        this.inspections = inspections;
        this.clock = clock;
    }

    public ReportResults search(ReportQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidException("to", "to must not be before from");
        }
        if (((long) query.page() + 1) * query.size() > 10_000) {
            throw new InvalidException("page", "only the first 10,000 hits can be paged through; narrow the search");
        }
        return index.search(query);
    }

    /** Indexes one inspection's report (again); used by the outbox. */
    public void indexReport(UUID inspectionId) {
        inspections.byId(inspectionId).ifPresent(i -> index.put(List.of(document(i))));
    }

    /** Rebuilds the index from PostgreSQL without downtime; answers what was done. */
    public Rebuild rebuild() {
        index.ensureExists();
        OffsetDateTime started = OffsetDateTime.now(clock);
        String target = index.createRebuildTarget();
        AtomicLong indexed = new AtomicLong();
        inspections.forEachBatch(REBUILD_BATCH, batch -> {
            index.put(target, batch.stream().map(ReportSearch::document).toList());
            indexed.addAndGet(batch.size());
        });
        String previous = index.swapAliasTo(target);
        // Reports recorded while the new index was filled went (through the outbox) to the old one.
        List<Inspection> meanwhile = inspections.recordedSince(started);
        if (!meanwhile.isEmpty()) {
            index.put(meanwhile.stream().map(ReportSearch::document).toList());
        }
        return new Rebuild(target, previous, indexed.get() , meanwhile.size());
    }

    /** What a rebuild did: the new index, the one it replaced, how many reports it holds. */
    @NullMarked
    public record Rebuild(String index, String replaced, long reportsIndexed, long caughtUp) {
    }

    static ReportDocument document(Inspection i) {
        return new ReportDocument(i.id().toString(), i.enterprise().id().toString(), i.enterprise().name(),
                i.enterprise().town(), i.enterprise().industryArea(), i.mode().name(), i.place(), i.startedAt(),
                i.conclusion(), i.findings().size(), i.reportText());
    }
}
