package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.time.OffsetDateTime;

/**
 * One entry in a grading's history.
 *
 * @param fromGrade the grade before the event; null for an award
 * @param toGrade the grade after it; null when the grading stops being in force
 * @param reason why; null for an award
 * @param actor who did it: the awarding body for an award and a supersession
 */
public record GradingEvent(GradingEventKind kind, Grade fromGrade, Grade toGrade, String reason, String actor,
        OffsetDateTime occurredAt) {
}
