package cn.gov.sucheng.worksafety.training.drill.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.drill.model.Drill;

/** Where drills are kept. */
public interface Drills {

    void add(Drill drill);

    Optional<Drill> byId(UUID id);

    /** Drills, the latest first; a null filter does not narrow. */
    Page<Drill> find(UUID enterpriseId, String department, PageRequest page);
}
