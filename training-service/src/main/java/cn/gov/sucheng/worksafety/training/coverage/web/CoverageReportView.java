package cn.gov.sucheng.worksafety.training.coverage.web;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.training.coverage.application.CoverageGrouping;
import cn.gov.sucheng.worksafety.training.coverage.application.KeyPostCoverage.Report;
import org.jspecify.annotations.NullMarked;

/** The coverage report: the day, the grouping, the figures of the whole selection and a page of groups. */
@NullMarked
public record CoverageReportView(LocalDate on, CoverageGrouping groupBy, CoverageView total, Page<CoverageView> groups) {

    static CoverageReportView of(Report r, CoverageGrouping grouping) {
        return new CoverageReportView(r.day(), grouping, CoverageView.of(r.total()), r.groups().map(CoverageView::of));
    }
}
