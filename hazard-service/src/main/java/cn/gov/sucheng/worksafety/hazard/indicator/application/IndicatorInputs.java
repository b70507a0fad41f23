package cn.gov.sucheng.worksafety.hazard.indicator.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.NullMarked;

/** Where the yearly inputs of the indicators (GDP, workforce) are kept. */
public interface IndicatorInputs {

    @NullMarked
    record Input(int year, BigDecimal gdp100mCny, int industryTradeWorkers) {
    }

    void put(Input input);

    Optional<Input> of(int year);

    List<Input> all();
}
