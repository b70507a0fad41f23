package cn.gov.sucheng.worksafety.enterprise.licence.infrastructure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceSettings;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

import org.springframework.stereotype.Component;

/** The registry's filter "has a licence in this state today", by the licence list's own rule. */
@Component
class LicenceStandingCriterion implements StandingCriterion {

    private final LicenceTerms terms;

    LicenceStandingCriterion(LicenceSettings settings) {
        this.terms = settings.terms();
    }

    @Override
    public String name() {
        return EnterpriseFilter.LICENCE_STATE;
    }

    @Override
    public Condition condition(String value, String enterpriseId, LocalDate today) {
        LicenceState state = Arrays.stream(LicenceState.values()).filter(s -> s.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidException(name(), name() + " must be one of "
                        + Arrays.toString(LicenceState.values()) + ", not " + value));
        return new Condition("EXISTS (SELECT 1 FROM licence l WHERE l.enterprise_id = " + enterpriseId + " AND "
                + LicenceStateSql.condition(state, "l.", ":licenceStateToday", ":licenceStateWindowEdge") + ")",
                Map.of("licenceStateToday", today, "licenceStateWindowEdge", terms.latestExpiryInWindowOn(today)));
    }
}
