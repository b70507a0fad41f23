package cn.gov.sucheng.worksafety.training.exam.application;

import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.exam.model.ExamResult;

/** Where exam results are kept. */
public interface ExamResults {

    void add(ExamResult result);

    Optional<ExamResult> byId(UUID id);

    /** Results, the latest first; a null filter does not narrow. */
    Page<ExamResult> find(UUID traineeId, Boolean passed, PageRequest page);
}
