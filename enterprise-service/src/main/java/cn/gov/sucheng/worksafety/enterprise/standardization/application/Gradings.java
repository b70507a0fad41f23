package cn.gov.sucheng.worksafety.enterprise.standardization.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingEvent;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.StandardizationGrading;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where gradings and their histories are kept. */
public interface Gradings {

    /**
     * Stores a new grading with its history; fails with a {@code ConflictException} when the enterprise
     * already has a live grading (a concurrent award won).
     */
    void add(StandardizationGrading grading);

    /** Stores the grading's new grade and status and appends {@code event} to its history. */
    void update(StandardizationGrading grading, GradingEvent event);

    Optional<StandardizationGrading> byId(UUID id);

    /** The grading, locked until the transaction ends so that two actions on it run one after the other. */
    Optional<StandardizationGrading> lockById(UUID id);

    /** The enterprise's live grading (awarded or downgraded, expired or not), locked like {@link #lockById}. */
    Optional<StandardizationGrading> lockLiveOf(UUID enterpriseId);

    Optional<StandardizationGrading> liveOf(UUID enterpriseId);

    /** One page of the gradings matching the filter, most recently awarded first, states judged on {@code today}. */
    Page<StandardizationGrading> find(GradingFilter filter, LocalDate today, PageRequest page);
}
