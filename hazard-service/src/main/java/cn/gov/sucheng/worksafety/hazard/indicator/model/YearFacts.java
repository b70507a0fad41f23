package cn.gov.sucheng.worksafety.hazard.indicator.model;

import java.math.BigDecimal;

/**
 * What one year's indicators are computed from: accident figures, and the inputs GDP (CNY 100 million) and the
 * industry-and-trade workforce, which may be missing (then the rates cannot be computed).
 */
public record YearFacts(int year, long accidents, long deaths, long industryTradeDeaths, long roadTransportDeaths,
        long constructionDeaths, BigDecimal gdp100mCny, Integer industryTradeWorkers) {
}
