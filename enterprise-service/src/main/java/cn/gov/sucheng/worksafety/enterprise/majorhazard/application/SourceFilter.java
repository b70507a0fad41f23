package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardGrade;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceStatus;

/** Which major hazard sources a list shows; a null criterion does not filter. */
public record SourceFilter(UUID enterpriseId, HazardGrade grade, String town, SourceStatus status) {
}
