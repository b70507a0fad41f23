package cn.gov.sucheng.worksafety.training.session.web;

import cn.gov.sucheng.worksafety.training.session.application.TrainingRecords.HoursShortfall;
import cn.gov.sucheng.worksafety.training.trainee.web.TraineeView;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/** One person short of training hours. */
@NullMarked
public record ShortfallView(
        TraineeView trainee,
        @Schema(description = "Initial hours their post and trade require") int requiredInitialHours,
        @Schema(description = "Yearly refresher hours required") int requiredYearlyHours,
        int initialHours,
        @Schema(description = "Refresher hours in the year asked for") int yearlyHours,
        int missingInitialHours,
        int missingYearlyHours) {

    static ShortfallView of(HoursShortfall s) {
        return new ShortfallView(TraineeView.of(s.trainee()), s.required().initialHours(), s.required().yearlyHours(),
                s.done().initial(), s.done().refresherInYear(), s.missing().initialHours(), s.missing().yearlyHours());
    }
}
