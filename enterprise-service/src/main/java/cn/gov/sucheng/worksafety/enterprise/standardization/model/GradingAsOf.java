package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.time.LocalDate;

/** A grading together with the day its state is judged on. */
public record GradingAsOf(StandardizationGrading grading, LocalDate day) {

    public GradingState state() {
        return grading.stateOn(day);
    }
}
