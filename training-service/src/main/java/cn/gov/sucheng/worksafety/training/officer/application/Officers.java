package cn.gov.sucheng.worksafety.training.officer.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.officer.model.BackgroundShare;
import cn.gov.sucheng.worksafety.training.officer.model.Officer;

/** Where officers are kept. */
public interface Officers {

    /** Stores a new officer; {@code AlreadyExistsException} when the badge number is taken. */
    void add(Officer officer);

    Optional<Officer> byId(UUID id);

    Optional<Officer> byBadge(String badgeNumber);

    Optional<Officer> lockById(UUID id);

    void update(Officer officer);

    /** Officers by badge number; a null filter does not narrow. */
    Page<Officer> find(String department, Boolean eligibleOn, LocalDate day, PageRequest page);

    /**
     * The officers eligible on {@code day} (credential valid, not suspended), of {@code department} unless null,
     * with ids after {@code afterId} (null for the first), in id order: the draw pool, one page at a time.
     */
    List<Officer> eligible(LocalDate day, String department, UUID afterId, int limit);

    BackgroundShare backgroundShare(String department);
}
