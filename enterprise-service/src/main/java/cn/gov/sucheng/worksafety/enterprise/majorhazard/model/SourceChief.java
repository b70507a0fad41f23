package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import org.jspecify.annotations.NullMarked;

/** One responsible person of a major hazard source, reachable by phone. */
@NullMarked
public record SourceChief(String name, String position, String phone) {
}
