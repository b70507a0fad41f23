package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The administrative division codes (行政区划代码) accepted in positions 3–8 of a credit code, given as
 * codes or their leading digits: {@code 32} accepts all of Jiangsu, {@code 3213} the city of Suqian,
 * {@code 321302} Sucheng District alone. The national list of county codes changes every year and has
 * thousands of entries, so the default checks the province only.
 *
 * @param acceptedPrefixes division codes or prefixes of them, 2 to 6 digits each
 */
public record DivisionCodes(List<String> acceptedPrefixes) {

    /** The province-level codes (省级行政区划代码) of the mainland, Taiwan, Hong Kong and Macao. */
    public static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    private static final Pattern PREFIX = Pattern.compile("\\d{2,6}");

    public DivisionCodes {
        acceptedPrefixes = acceptedPrefixes == null || acceptedPrefixes.isEmpty() ? PROVINCES
                : List.copyOf(acceptedPrefixes);
        for (String prefix : acceptedPrefixes) {
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException(
                        "an accepted division is a code or its leading digits (2 to 6 digits), not '" + prefix + "'");
            }
        }
    }

    /** Any code of a valid province. */
    public static DivisionCodes provinces() {
        return new DivisionCodes(PROVINCES);
    }

    public boolean accepts(String divisionCode) {
        return divisionCode != null && divisionCode.length() == 6
                && acceptedPrefixes.stream().anyMatch(divisionCode::startsWith);
    }
}
