package cn.gov.sucheng.worksafety.hazard.tip.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.tip.model.RewardDecision;
import cn.gov.sucheng.worksafety.hazard.tip.model.Tip;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where tips are kept. */
public interface Tips {

    void add(Tip tip);

    Optional<Tip> byId(UUID id);

    Optional<Tip> lockById(UUID id);

    void update(Tip tip);

    Page<Tip> find(RewardDecision decision, PageRequest page);
}
