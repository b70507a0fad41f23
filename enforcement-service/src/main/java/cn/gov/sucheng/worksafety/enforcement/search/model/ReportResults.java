package cn.gov.sucheng.worksafety.enforcement.search.model;

import java.util.List;

import org.jspecify.annotations.NullMarked;

/** One page of reports found, with the total and the counts by town, industry area and year of all of them. */
@NullMarked
public record ReportResults(List<ReportHit> items, int page, int size, long total, List<Facet> towns,
        List<Facet> industryAreas, List<Facet> years) {
}
