package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.time.LocalDate;
import java.util.UUID;

/** What awarding a grading takes. */
public record NewGrading(UUID enterpriseId, Grade grade, LocalDate awardedOn, String awardingBody,
        ElementScores elementScores) {
}
