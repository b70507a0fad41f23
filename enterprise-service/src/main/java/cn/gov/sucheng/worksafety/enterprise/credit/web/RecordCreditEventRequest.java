package cn.gov.sucheng.worksafety.enterprise.credit.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.credit.model.NewCreditEvent;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/credit-events}: an event entered by district staff. Enforcement outcomes
 * arrive over gRPC instead, keyed by their case decision.
 */
public record RecordCreditEventRequest(
        @NotNull UUID enterpriseId,
        @Schema(example = "BLACKLIST") @NotNull CreditEventKind kind,
        @Schema(example = "未按规定整改重大事故隐患，拒不执行执法决定") @NotBlank @Size(max = NewCreditEvent.MAX_REASON) String reason,
        @Schema(description = "The case the event comes from; required for a blacklist entry",
                example = "宿城应急罚〔2024〕17号") @Size(max = NewCreditEvent.MAX_REFERENCE) String sourceCase,
        @Schema(example = "2024-06-01") @NotNull LocalDate startDate,
        @Schema(description = "Last day in force, after startDate; required for a suspension order, refused for a closure order",
                example = "2027-05-31") LocalDate endDate,
        @Schema(description = "Who enters the event", example = "区应急管理局 王敏") @NotBlank
        @Size(max = NewCreditEvent.MAX_REFERENCE) String recordedBy) implements ActorStatement {

    @Override
    public String actor() {
        return recordedBy;
    }

    @Override
    public String actorField() {
        return "recordedBy";
    }

    /** The event as entered by {@code actor}, the recorder as {@code Actors} resolved it. */
    NewCreditEvent toNewCreditEvent(String actor) {
        return new NewCreditEvent(enterpriseId, kind, CreditEventSource.MANUAL, null, reason, sourceCase, startDate,
                endDate, actor);
    }
}
