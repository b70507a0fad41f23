package cn.gov.sucheng.worksafety.enterprise.risk.application;

import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;

/** The changes of one page of a risk-colour history and how many there are in all. */
public record HistoryPage(List<RiskColourChange> items, long total) {
}
