package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.registry.model.DivisionCodes;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strictly credit codes are checked on registration.
 *
 * @param acceptedDivisions division codes (行政区划代码) or their leading digits accepted in positions 3–8,
 *        e.g. {@code [321302, 321300, 321311]} for Suqian only; by default every province code
 */
@ConfigurationProperties("worksafety.enterprise.credit-code")
public record CreditCodeProperties(List<String> acceptedDivisions) {

    public CreditCodeProperties {
        acceptedDivisions = acceptedDivisions == null || acceptedDivisions.isEmpty() ? DivisionCodes.PROVINCES
                : List.copyOf(acceptedDivisions);
    }

    DivisionCodes divisionCodes() {
        return new DivisionCodes(acceptedDivisions);
    }
}
