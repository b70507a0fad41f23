package cn.gov.sucheng.worksafety.enforcement.search.model;

/** The order of search hits. */
public enum ReportSort {
    /** Best match first (words of the query, weighted), newest first among equals. */
    RELEVANCE,
    NEWEST,
    OLDEST
}
