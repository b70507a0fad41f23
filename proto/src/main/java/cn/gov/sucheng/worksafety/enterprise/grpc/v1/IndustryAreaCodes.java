package cn.gov.sucheng.worksafety.enterprise.grpc.v1;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The plan's key industry areas as the suite's REST API names them: {@link IndustryArea}'s names without their
 * {@code INDUSTRY_AREA_} prefix ({@code HAZARDOUS_CHEMICALS}, {@code CONSTRUCTION}, …). The one place where a service
 * turns the registry's enum into the code it stores, filters and answers with, and checks a code it was given.
 */
public final class IndustryAreaCodes {

    private static final String PREFIX = "INDUSTRY_AREA_";

    private static final List<String> CODES = Arrays.stream(IndustryArea.values())
            .filter(a -> a != IndustryArea.INDUSTRY_AREA_UNSPECIFIED && a != IndustryArea.UNRECOGNIZED)
            .map(a -> a.name().substring(PREFIX.length())).toList();

    private IndustryAreaCodes() {
    }

    /** The code of {@code area}; an area not given (or newer than this contract) is {@code OTHER}. */
    public static String code(IndustryArea area) {
        return area == IndustryArea.INDUSTRY_AREA_UNSPECIFIED || area == IndustryArea.UNRECOGNIZED ? "OTHER"
                : area.name().substring(PREFIX.length());
    }

    /** The area a code names, or empty for one that names none. */
    public static Optional<IndustryArea> of(String code) {
        return code != null && CODES.contains(code) ? Optional.of(IndustryArea.valueOf(PREFIX + code)) : Optional.empty();
    }

    /** Why a code that names no area is refused, listing the ones that do. */
    public static String unknownCode() {
        return "is not an industry area of the plan; one of " + String.join(", ", CODES);
    }

    /** Every code, in the contract's order. */
    public static List<String> codes() {
        return CODES;
    }
}
