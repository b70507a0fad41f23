package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;

/** One page of listed credit events and how many match in all. */
public record CreditEventPage(List<CreditEvent> items, long total) {
}
