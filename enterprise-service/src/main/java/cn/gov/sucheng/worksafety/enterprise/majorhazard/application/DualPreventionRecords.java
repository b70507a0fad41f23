package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;

/** Where the dual-prevention flag of enterprises and its changes are kept. */
public interface DualPreventionRecords {

    /** The changes of a live enterprise, oldest first; empty when there is no such enterprise. */
    Optional<List<DualPrevention.Change>> history(UUID enterpriseId);

    /**
     * As {@link #history}, and holds the enterprise until the transaction ends so that concurrent changes
     * are recorded one after the other.
     */
    Optional<List<DualPrevention.Change>> historyForUpdate(UUID enterpriseId);

    /** Sets the flag on the enterprise and records the change. */
    void append(UUID enterpriseId, DualPrevention.Change change);
}
