package cn.gov.sucheng.worksafety.enterprise.credit.web;

import cn.gov.sucheng.worksafety.enterprise.credit.model.NewCreditEvent;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/credit-events/{id}/lift}. */
public record LiftCreditEventRequest(
        @Schema(example = "完成信用修复，经审核同意移出名单") @NotBlank @Size(max = NewCreditEvent.MAX_REASON) String reason,
        @Schema(example = "区应急管理局 王敏") @NotBlank @Size(max = NewCreditEvent.MAX_REFERENCE) String liftedBy)
        implements ActorStatement {

    @Override
    public String actor() {
        return liftedBy;
    }

    @Override
    public String actorField() {
        return "liftedBy";
    }
}
