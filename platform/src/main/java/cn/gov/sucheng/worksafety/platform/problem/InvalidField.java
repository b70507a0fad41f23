package cn.gov.sucheng.worksafety.platform.problem;

/** One offending field of a request and what is wrong with it, as listed under a problem's {@code errors}. */
public record InvalidField(String field, String message) {
}
