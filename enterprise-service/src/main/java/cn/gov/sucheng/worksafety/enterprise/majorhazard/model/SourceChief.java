package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

/** One responsible person of a major hazard source, reachable by phone. */
public record SourceChief(String name, String position, String phone) {
}
