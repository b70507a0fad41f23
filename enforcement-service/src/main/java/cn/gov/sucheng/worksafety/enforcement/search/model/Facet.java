package cn.gov.sucheng.worksafety.enforcement.search.model;

/** How many of the reports found share one value (a town, an industry area, a year). */
public record Facet(String value, long count) {
}
