package cn.gov.sucheng.worksafety.enterprise.credit.application;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;

/**
 * The event an enforcement outcome is recorded as.
 *
 * @param replayed true when the outcome had been delivered before and nothing was changed
 */
public record RecordedOutcome(CreditEvent event, boolean replayed) {
}
