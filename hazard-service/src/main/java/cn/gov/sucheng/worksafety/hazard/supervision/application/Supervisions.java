package cn.gov.sucheng.worksafety.hazard.supervision.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.supervision.model.Supervision;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionEvent;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionStatus;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where listed supervisions and their histories are kept. */
public interface Supervisions {

    void add(Supervision supervision);

    Optional<Supervision> byId(UUID id);

    Optional<Supervision> lockById(UUID id);

    void update(Supervision supervision);

    void record(SupervisionEvent event);

    Page<SupervisionEvent> events(UUID supervisionId, PageRequest page);

    Page<Supervision> find(UUID enterpriseId, SupervisionStatus status, PageRequest page);

    /** Supervisions of the enterprise not yet delisted. */
    long openOf(UUID enterpriseId);
}
