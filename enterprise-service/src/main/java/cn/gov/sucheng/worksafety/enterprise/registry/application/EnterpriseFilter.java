package cn.gov.sucheng.worksafety.enterprise.registry.application;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;

/**
 * Which live enterprises a list or a draw pool holds. Every criterion is optional (null: any); blank
 * strings count as not given. New criteria are added here and translated to SQL in one place, the
 * infrastructure's {@code EnterpriseConditions}.
 *
 * @param search a name fragment (contains, case-insensitive) or the start of a credit code
 */
public record EnterpriseFilter(String town, String village, String grid, IndustryArea industryArea,
        String supervisingDepartment, String search) {

    public EnterpriseFilter {
        town = given(town);
        village = given(village);
        grid = given(grid);
        supervisingDepartment = given(supervisingDepartment);
        search = given(search);
    }

    public static EnterpriseFilter any() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }

    private static String given(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
