package cn.gov.sucheng.worksafety.enterprise.standardization.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingState;

/** Which gradings a list shows; a null criterion does not filter. The state is judged on the current day. */
public record GradingFilter(UUID enterpriseId, Grade grade, GradingState state) {
}
