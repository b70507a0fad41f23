package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;

/**
 * Where the changes of enterprises' dual-prevention flag are kept. The current flag is an attribute of the
 * registry's record, changed through the registry's application API.
 */
public interface DualPreventionRecords {

    /** The changes of an enterprise, oldest first. */
    List<DualPrevention.Change> history(UUID enterpriseId);

    void append(UUID enterpriseId, DualPrevention.Change change);
}
