package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a decision means for the enterprise's credit, sent to enterprise-service: a closure order (关闭取缔, final,
 * no end), a suspension order (停产停业, until an end date) or a blacklist entry (失信联合惩戒).
 */
@NullMarked
public record CreditOutcome(Kind kind, LocalDate startDate, @Nullable LocalDate endDate) {

    public enum Kind {
        CLOSURE_ORDER, SUSPENSION_ORDER, BLACKLIST
    }

    public CreditOutcome {
        if (kind == Kind.SUSPENSION_ORDER && endDate == null) {
            throw new InvalidException("creditOutcome.endDate", "a suspension order needs an end date");
        }
        if (kind == Kind.CLOSURE_ORDER && endDate != null) {
            throw new InvalidException("creditOutcome.endDate", "a closure order is final and takes no end date");
        }
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw new InvalidException("creditOutcome.endDate", "endDate must be after startDate");
        }
    }
}
