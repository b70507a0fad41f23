package cn.gov.sucheng.worksafety.enforcement.cases.model;

/** A circumstance of a case that weighs on the fine: aggravating (从重) or mitigating (从轻). */
public record Circumstance(boolean aggravating, String description) {
}
