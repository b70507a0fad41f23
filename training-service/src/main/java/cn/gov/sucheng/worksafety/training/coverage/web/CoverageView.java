package cn.gov.sucheng.worksafety.training.coverage.web;

import cn.gov.sucheng.worksafety.training.coverage.model.Coverage;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/** Coverage of one group as the REST API shows it. */
@NullMarked
public record CoverageView(
        @Schema(description = "Enterprise id, town or industry area") String key,
        @Schema(description = "Enterprise name, town or industry area") String label,
        long keyPostHolders,
        @Schema(description = "Key-post holders with a certificate valid on the day") long certified,
        @Schema(description = "certified / keyPostHolders, 0..1 (1 when there are none); target 1") double certifiedShare,
        long highRiskWorkers,
        @Schema(description = "High-risk workers with their initial hours done and an exam passed") long trainedAndAssessed,
        @Schema(description = "trainedAndAssessed / highRiskWorkers, 0..1; target 1") double trainedShare,
        boolean meetsTarget) {

    static CoverageView of(Coverage c) {
        return new CoverageView(c.key(), c.label(), c.keyPostHolders(), c.certified(), c.certifiedShare(),
                c.highRiskWorkers(), c.trainedAndAssessed(), c.trainedShare(), c.meetsTarget());
    }
}
