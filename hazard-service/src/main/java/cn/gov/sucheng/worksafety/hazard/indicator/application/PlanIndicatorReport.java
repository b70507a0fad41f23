package cn.gov.sucheng.worksafety.hazard.indicator.application;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentRegister;
import cn.gov.sucheng.worksafety.hazard.accident.application.YearTotals;
import cn.gov.sucheng.worksafety.hazard.indicator.application.IndicatorInputs.Input;
import cn.gov.sucheng.worksafety.hazard.indicator.model.IndicatorResult;
import cn.gov.sucheng.worksafety.hazard.indicator.model.PlanIndicators;
import cn.gov.sucheng.worksafety.hazard.indicator.model.YearFacts;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's six indicators of a year, from the accidents recorded and the yearly inputs entered. */
@Service
public class PlanIndicatorReport {

    private final AccidentRegister accidents;
    private final IndicatorInputs inputs;

    public PlanIndicatorReport(AccidentRegister accidents, IndicatorInputs inputs) {
        this.accidents = accidents;
        this.inputs = inputs;
    }

    @Transactional(readOnly = true)
    public List<IndicatorResult> of(int year) {
        return PlanIndicators.evaluate(facts(PlanIndicators.BASELINE_YEAR), facts(year));
    }

    /** The inputs are the district's figures: a town-level caller cannot enter them. */
    @Transactional
    public Input enter(int year, BigDecimal gdp100mCny, int industryTradeWorkers) {
        if (TownScope.current().isPresent()) {
            throw new UnprocessableException("the plan's inputs are the district's GDP and workforce and are entered "
                    + "by the district; a town-level client cannot enter them");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidException("year", "year must be between 2000 and 2100");
        }
        if (gdp100mCny.signum() <= 0) {
            throw new InvalidException("gdp100mCny", "gdp100mCny must be more than 0");
        }
        if (industryTradeWorkers <= 0) {
            throw new InvalidException("industryTradeWorkers", "industryTradeWorkers must be more than 0");
        }
        Input input = new Input(year, gdp100mCny, industryTradeWorkers);
        inputs.put(input);
        return input;
    }

    @Transactional(readOnly = true)
    public List<Input> inputs() {
        return inputs.all();
    }

    private YearFacts facts(int year) {
        YearTotals t = accidents.totalsOf(year);
        Input input = inputs.of(year).orElse(null);
        return new YearFacts(year, t.accidents(), t.deaths(), t.industryTradeDeaths(), t.roadTransportDeaths(),
                t.constructionDeaths(), input == null ? null : input.gdp100mCny(),
                input == null ? null : input.industryTradeWorkers());
    }
}
