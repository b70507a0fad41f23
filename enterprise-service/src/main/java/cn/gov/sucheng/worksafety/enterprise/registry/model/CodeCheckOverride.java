package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A recorded admin override (核验豁免) of the credit-code checks: the code was registered although it
 * failed {@code failedChecks}, because {@code actor} said so for {@code reason} at {@code recordedAt}.
 */
public record CodeCheckOverride(String reason, String actor, Set<CreditCodeCheck> failedChecks,
        OffsetDateTime recordedAt) {

    public CodeCheckOverride {
        failedChecks = Set.copyOf(failedChecks);
    }
}
