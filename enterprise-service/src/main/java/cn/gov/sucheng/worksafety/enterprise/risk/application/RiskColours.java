package cn.gov.sucheng.worksafety.enterprise.risk.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/**
 * Where the history of enterprises' risk colours is kept. The current colour is an attribute of the
 * registry's record, changed through the registry's application API.
 */
public interface RiskColours {

    /** The newest change of an enterprise's colour. */
    Optional<RiskColourChange> latest(UUID enterpriseId);

    /** Appends a change to the enterprise's history. */
    void append(RiskColourChange change);

    /** One page of an enterprise's history, newest first. */
    Page<RiskColourChange> history(UUID enterpriseId, PageRequest page);
}
