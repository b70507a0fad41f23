package cn.gov.sucheng.worksafety.hazard.accident.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.accident.model.AccidentKind;

/** Filters of the accident list; null means any. */
public record AccidentQuery(Integer year, UUID enterpriseId, String industryArea, AccidentKind kind,
        Boolean lateOrConcealed) {
}
