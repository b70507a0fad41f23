package cn.gov.sucheng.worksafety.enforcement.cases.application;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseState;

/** Which cases a list shows; null matches any. {@code dueBy}: only open cases with a deadline on or before it. */
public record CaseFilter(UUID enterpriseId, CaseState state, LocalDate dueBy) {
}
