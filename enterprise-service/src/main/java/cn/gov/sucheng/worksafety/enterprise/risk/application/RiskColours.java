package cn.gov.sucheng.worksafety.enterprise.risk.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapEntry;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapFilter;

/** Where the risk colours of enterprises and their history are kept. */
public interface RiskColours {

    /**
     * Holds a live enterprise until the transaction ends, so that concurrent changes of its colour are
     * recorded one after the other; false when there is no such enterprise.
     */
    boolean lockEnterprise(UUID enterpriseId);

    /** The newest change of an enterprise's colour. */
    Optional<RiskColourChange> latest(UUID enterpriseId);

    /** Sets the enterprise's current colour and appends the change to its history. */
    void append(RiskColourChange change);

    /** One page of an enterprise's history, newest first. */
    HistoryPage history(UUID enterpriseId, long offset, int limit);

    /** Live enterprises with coordinates that match the filter, by name. */
    List<RiskMapEntry> mapEntries(RiskMapFilter filter);
}
