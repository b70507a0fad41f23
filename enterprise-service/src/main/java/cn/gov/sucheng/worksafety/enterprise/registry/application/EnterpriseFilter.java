package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.time.LocalDate;
import java.util.Set;

import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColour;

/**
 * Which live enterprises a list or a draw pool holds. Every criterion is optional (null: any); blank
 * strings count as not given. New criteria are added here and translated to SQL in one place, the
 * infrastructure's {@code EnterpriseConditions}.
 *
 * @param search a name fragment (contains, case-insensitive) or the start of a credit code
 * @param standing what other features record of the enterprise: its risk colour, licences, grading, credit
 * @param withoutLiabilityCover enterprises of some industry areas that no liability insurance policy covers
 *        on a day
 */
public record EnterpriseFilter(String town, String village, String grid, IndustryArea industryArea,
        String supervisingDepartment, String search, Standing standing, WithoutLiabilityCover withoutLiabilityCover) {

    public EnterpriseFilter(String town, String village, String grid, IndustryArea industryArea,
            String supervisingDepartment, String search, Standing standing) {
        this(town, village, grid, industryArea, supervisingDepartment, search, standing, null);
    }

    /** The enterprises of {@code industryAreas} without liability insurance in force on {@code day}. */
    public static EnterpriseFilter withoutLiabilityCover(Set<IndustryArea> industryAreas, LocalDate day) {
        return new EnterpriseFilter(null, null, null, null, null, null, Standing.any(),
                new WithoutLiabilityCover(Set.copyOf(industryAreas), day));
    }

    /** In one of {@code industryAreas}, and no policy in force on {@code day}. */
    public record WithoutLiabilityCover(Set<IndustryArea> industryAreas, LocalDate day) {
    }

    /**
     * Criteria on what other features record, as of today.
     *
     * @param licenceState has at least one licence in this state
     * @param standardizationGrade holds a grading in force at this grade (1–3)
     * @param blacklisted is (or is not) on an active blacklist entry
     */
    public record Standing(RiskColour riskColour, Boolean dualPreventionBuilt, LicenceState licenceState,
            Integer standardizationGrade, Boolean blacklisted) {

        public static Standing any() {
            return new Standing(null, null, null, null, null);
        }
    }

    public EnterpriseFilter {
        town = given(town);
        village = given(village);
        grid = given(grid);
        supervisingDepartment = given(supervisingDepartment);
        search = given(search);
        standing = standing == null ? Standing.any() : standing;
    }

    public static EnterpriseFilter any() {
        return new EnterpriseFilter(null, null, null, null, null, null, Standing.any());
    }

    private static String given(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
