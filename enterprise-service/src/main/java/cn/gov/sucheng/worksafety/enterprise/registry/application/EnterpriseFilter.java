package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.platform.domain.Texts;

/**
 * Which live enterprises a list or a draw pool holds. Every criterion is optional (null: any); blank
 * strings count as not given. The registry's own criteria are translated to SQL in one place, the
 * infrastructure's {@code EnterpriseConditions}; criteria on what other features record are named in
 * {@code standing} and answered by those features' {@link StandingCriterion} beans.
 *
 * @param search a name fragment (contains, case-insensitive) or the start of a credit code
 * @param standing other features' criteria by name (e.g. {@code licenceState → EXPIRING}), as of today
 */
public record EnterpriseFilter(String town, String village, String grid, Set<IndustryArea> industryAreas,
        String supervisingDepartment, String search, RiskColour riskColour, Boolean dualPreventionBuilt,
        Map<String, String> standing) {

    /** The standing criteria the list and the draw pool offer, each answered by the feature that records it. */
    public static final String LICENCE_STATE = "licenceState";
    public static final String STANDARDIZATION_GRADE = "standardizationGrade";
    public static final String BLACKLISTED = "blacklisted";

    public EnterpriseFilter {
        town = Texts.given(town);
        village = Texts.given(village);
        grid = Texts.given(grid);
        supervisingDepartment = Texts.given(supervisingDepartment);
        search = Texts.given(search);
        industryAreas = industryAreas == null ? Set.of() : Set.copyOf(industryAreas);
        Map<String, String> given = new LinkedHashMap<>();
        if (standing != null) {
            standing.forEach((name, value) -> {
                if (Texts.given(value) != null) {
                    given.put(name, value.trim());
                }
            });
        }
        standing = Map.copyOf(given);
    }

    /** The industry areas criterion of one area, or of any area when null. */
    public static Set<IndustryArea> inArea(IndustryArea area) {
        return area == null ? Set.of() : Set.of(area);
    }

    public static EnterpriseFilter any() {
        return new EnterpriseFilter(null, null, null, null, null, null, null, null, Map.of());
    }
}
