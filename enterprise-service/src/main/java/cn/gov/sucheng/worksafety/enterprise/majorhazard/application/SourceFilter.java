package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardGrade;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceStatus;
import cn.gov.sucheng.worksafety.platform.domain.Texts;

/** Which major hazard sources a list shows; a null criterion does not filter, nor does a blank town. */
public record SourceFilter(UUID enterpriseId, HazardGrade grade, String town, SourceStatus status) {

    public SourceFilter {
        town = Texts.given(town);
    }
}
