package cn.gov.sucheng.worksafety.hazard.accident.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.accident.model.Accident;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where accidents are kept. */
public interface Accidents {

    /** Adds it unless its source reference is known; false then. */
    boolean add(Accident accident);

    /** The accident of this source reference, within the caller's data scope. */
    Optional<Accident> bySourceRef(String sourceRef);

    Optional<Accident> byId(UUID id);

    Optional<Accident> lockById(UUID id);

    void update(Accident accident);

    Page<Accident> find(AccidentQuery query, PageRequest page);

    AccidentFigures figuresOf(UUID enterpriseId);

    YearTotals totalsOf(int year);
}
