package cn.gov.sucheng.worksafety.hazard.indicator.infrastructure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.gov.sucheng.worksafety.hazard.indicator.application.IndicatorInputs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIndicatorInputs implements IndicatorInputs {

    private final JdbcClient jdbc;

    JdbcIndicatorInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(Input input) {
        jdbc.sql("""
                INSERT INTO indicator_input (year, gdp_100m_cny, industry_trade_workers, updated_at)
                VALUES (:year, :gdp, :workers, :now)
                ON CONFLICT (year) DO UPDATE SET gdp_100m_cny = excluded.gdp_100m_cny,
                    industry_trade_workers = excluded.industry_trade_workers, updated_at = excluded.updated_at""")
                .param("year", input.year()).param("gdp", input.gdp100mCny())
                .param("workers", input.industryTradeWorkers()).param("now", OffsetDateTime.now()).update();
    }

    @Override
    public Optional<Input> of(int year) {
        return jdbc.sql("SELECT year, gdp_100m_cny, industry_trade_workers FROM indicator_input WHERE year = :year")
                .param("year", year)
                .query((rs, row) -> new Input(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3))).optional();
    }

    @Override
    public List<Input> all() {
        return jdbc.sql("SELECT year, gdp_100m_cny, industry_trade_workers FROM indicator_input ORDER BY year")
                .query((rs, row) -> new Input(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3))).list();
    }
}
