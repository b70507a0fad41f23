package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState;

/**
 * What a listing of credit events is narrowed to; a {@code null} part does not narrow.
 *
 * @param state the state as of today
 * @param activeOn only events in force on that day
 */
public record CreditEventFilter(UUID enterpriseId, CreditEventKind kind, CreditEventState state, LocalDate activeOn) {
}
