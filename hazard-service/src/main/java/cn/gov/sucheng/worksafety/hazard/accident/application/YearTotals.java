package cn.gov.sucheng.worksafety.hazard.accident.application;

/**
 * The accidents of one year (near misses left out) as the plan's indicators count them.
 *
 * @param industryTradeDeaths deaths outside road and water transport and fire (工矿商贸)
 */
public record YearTotals(int year, long accidents, long deaths, long industryTradeDeaths, long roadTransportDeaths,
        long constructionDeaths) {
}
