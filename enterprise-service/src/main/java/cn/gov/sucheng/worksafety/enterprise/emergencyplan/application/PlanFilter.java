package cn.gov.sucheng.worksafety.enterprise.emergencyplan.application;

import java.util.UUID;

/**
 * Which plans a list shows; a null criterion does not filter.
 *
 * @param reviewDueWithinDays plans whose review falls due within this many days from today, overdue ones
 *        included, since those are the ones a reminder is for
 */
public record PlanFilter(UUID enterpriseId, Integer reviewDueWithinDays) {
}
