package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * Whether a well-formed credit code may be registered: it must pass its check character and carry an
 * accepted division code, unless an administrator overrides the failed checks. A small share of real,
 * registered codes fail the check, and such an enterprise must still be supervisable; the override is
 * what makes that an accountable decision rather than a silent exception.
 */
public final class CreditCodePolicy {

    private final DivisionCodes divisions;

    public CreditCodePolicy(DivisionCodes divisions) {
        this.divisions = divisions;
    }

    /** The checks {@code code} fails; empty when it passes all. */
    public Set<CreditCodeCheck> failedChecks(CreditCode code) {
        Set<CreditCodeCheck> failed = EnumSet.noneOf(CreditCodeCheck.class);
        if (code.checkCharacterProblem().isPresent()) {
            failed.add(CreditCodeCheck.CHECK_CHARACTER);
        }
        if (!divisions.accepts(code.divisionCode())) {
            failed.add(CreditCodeCheck.DIVISION);
        }
        return failed;
    }

    /**
     * The override to record for registering {@code code}, or empty when the code passes its checks.
     *
     * @throws InvalidCreditCodeException when the code fails a check and no override is given
     * @throws InvalidException naming {@code override} when an override is given for a code that needs none
     */
    public Optional<CodeCheckOverride> admit(CreditCode code, OverrideGrant grant, OffsetDateTime now) {
        Set<CreditCodeCheck> failed = failedChecks(code);
        if (failed.isEmpty()) {
            if (grant != null) {
                // Recording an override that overrides nothing would leave a misleading audit entry.
                throw new InvalidException("override", "override is only for a code that fails its checks; "
                        + code + " passes them");
            }
            return Optional.empty();
        }
        if (grant == null) {
            throw new InvalidCreditCodeException(describe(code, failed)
                    + " (an administrator may register it with an override giving reason and actor)");
        }
        if (isBlank(grant.reason())) {
            throw new InvalidException("override.reason", "override.reason is required: why the code is accepted");
        }
        if (isBlank(grant.actor())) {
            throw new InvalidException("override.actor", "override.actor is required: who accepts the code");
        }
        return Optional.of(new CodeCheckOverride(grant.reason(), grant.actor(), failed, now));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private String describe(CreditCode code, Set<CreditCodeCheck> failed) {
        return failed.stream().map(check -> switch (check) {
            case CHECK_CHARACTER -> code.checkCharacterProblem().orElseThrow();
            case DIVISION -> "has a division code " + code.divisionCode() + " (positions 3-8) that is not accepted";
        }).collect(Collectors.joining(" and "));
    }
}
