package cn.gov.sucheng.worksafety.enforcement.inspection.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where inspections and their findings are kept. */
public interface Inspections {

    void add(Inspection inspection);

    Optional<Inspection> byId(UUID id);

    /** The inspection that recorded the finding. */
    Optional<Inspection> byFinding(UUID findingId);

    Page<Inspection> find(InspectionFilter filter, PageRequest page);

    List<Inspection> ofEnterprise(UUID enterpriseId, int limit);

    long countOfEnterprise(UUID enterpriseId);

    /** Notes the hazard hazard-service registered for a finding. */
    void recordHazard(UUID findingId, UUID hazardId);

    /** Every inspection, oldest first, in batches (for rebuilding the search index). */
    void forEachBatch(int batchSize, Consumer<List<Inspection>> batch);

    /** Inspections recorded at or after {@code since} (for catching up after a rebuild). */
    List<Inspection> recordedSince(java.time.OffsetDateTime since);
}
