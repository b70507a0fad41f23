package cn.gov.sucheng.worksafety.training.officer.web;

import cn.gov.sucheng.worksafety.training.officer.model.BackgroundShare;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/** The share of officers with a work-safety background. */
@NullMarked
public record BackgroundShareView(long officers, long withSafetyBackground,
        @Schema(description = "0..1") double share, @Schema(description = "0.75") double target, boolean meetsTarget) {

    static BackgroundShareView of(BackgroundShare s) {
        return new BackgroundShareView(s.officers(), s.withSafetyBackground(), s.share(), BackgroundShare.TARGET,
                s.meetsTarget());
    }
}
