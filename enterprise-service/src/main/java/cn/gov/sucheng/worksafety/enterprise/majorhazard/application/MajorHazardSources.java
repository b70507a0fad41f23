package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where major hazard sources are kept. */
public interface MajorHazardSources {

    void add(MajorHazardSource source);

    Optional<MajorHazardSource> byId(UUID id);

    /**
     * Stores a changed source if the stored one is still at {@code fromVersion}; false when someone else
     * changed it in between.
     */
    boolean replace(MajorHazardSource changed, long fromVersion);

    /** One page of the sources matching the filter, ordered by enterprise, then name. */
    Page<MajorHazardSource> list(SourceFilter filter, PageRequest page);

    /** The registered sources of an enterprise, by name. */
    List<MajorHazardSource> registeredOf(UUID enterpriseId);
}
