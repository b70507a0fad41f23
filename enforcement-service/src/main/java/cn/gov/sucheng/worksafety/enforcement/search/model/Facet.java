package cn.gov.sucheng.worksafety.enforcement.search.model;

import org.jspecify.annotations.NullMarked;

/** How many of the reports found share one value (a town, an industry area, a year). */
@NullMarked
public record Facet(String value, long count) {
}
