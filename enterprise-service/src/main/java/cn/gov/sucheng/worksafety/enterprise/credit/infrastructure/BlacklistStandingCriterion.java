package cn.gov.sucheng.worksafety.enterprise.credit.infrastructure;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

import org.springframework.stereotype.Component;

/** The registry's filter "is (or is not) on a blacklist entry in force today". */
@Component
class BlacklistStandingCriterion implements StandingCriterion {

    @Override
    public String name() {
        return EnterpriseFilter.BLACKLISTED;
    }

    @Override
    public Condition condition(String value, String enterpriseId, LocalDate today) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new InvalidException(name(), name() + " must be true or false, not " + value);
        }
        return new Condition((Boolean.parseBoolean(value) ? "" : "NOT ") + "EXISTS (SELECT 1 FROM credit_event c"
                + " WHERE c.enterprise_id = " + enterpriseId + " AND c.kind = 'BLACKLIST' AND "
                + CreditStateSql.condition(CreditEventState.ACTIVE, "c.", ":blacklistedToday") + ")",
                Map.of("blacklistedToday", today));
    }
}
