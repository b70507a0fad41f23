package cn.gov.sucheng.worksafety.enterprise.insurance.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.insurance.application.LiabilityInsurance;
import cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

import org.springframework.stereotype.Component;

/** The registry's filter "no liability insurance policy covers the enterprise on this day". */
@Component
class LiabilityCoverStandingCriterion implements StandingCriterion {

    @Override
    public String name() {
        return LiabilityInsurance.UNCOVERED_ON;
    }

    @Override
    public Condition condition(String value, String enterpriseId, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidException(name(), name() + " must be a date (yyyy-MM-dd), not " + value);
        }
        return new Condition("NOT EXISTS (SELECT 1 FROM liability_policy p WHERE p.enterprise_id = " + enterpriseId
                + " AND " + LiabilityCoverSql.inForce("p.", ":uncoveredOnDay") + ")", Map.of("uncoveredOnDay", day));
    }
}
