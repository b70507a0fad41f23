package cn.gov.sucheng.worksafety.enterprise.grpc.v1;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The plan's key industry areas as the suite's REST API names them: {@link IndustryArea}'s names without their
 * {@code INDUSTRY_AREA_} prefix ({@code HAZARDOUS_CHEMICALS}, {@code CONSTRUCTION}, …). The one place where a service
 * turns the registry's enum into the code it stores, filters and answers with, and checks a code it was given
 * ({@link #PATTERN} on the REST side).
 */
public final class IndustryAreaCodes {

    /**
     * The codes as one expression, for {@code @Pattern} on a REST field or query parameter, so that the framework's
     * validation refuses a code that names no area (400 naming the field) and the document shows the codes.
     * Annotations take constants only; {@code IndustryAreaCodesTest} holds it and {@link #NOT_AN_AREA} to the enum.
     */
    public static final String PATTERN = "^(HAZARDOUS_CHEMICALS|FIRE_SAFETY|ROAD_TRANSPORT|WATER_TRANSPORT|CONSTRUCTION|"
            + "TOWN_GAS|INDUSTRIAL_PARKS|HAZARDOUS_WASTE|SPECIAL_EQUIPMENT|METALLURGY_INDUSTRY_TRADE|OIL_GAS_PIPELINES|"
            + "OTHER)$";

    /** Why a value that does not match {@link #PATTERN} is refused, listing the codes that do. */
    public static final String NOT_AN_AREA = "is not an industry area of the plan; one of HAZARDOUS_CHEMICALS, "
            + "FIRE_SAFETY, ROAD_TRANSPORT, WATER_TRANSPORT, CONSTRUCTION, TOWN_GAS, INDUSTRIAL_PARKS, HAZARDOUS_WASTE, "
            + "SPECIAL_EQUIPMENT, METALLURGY_INDUSTRY_TRADE, OIL_GAS_PIPELINES, OTHER";

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

    /** Every code, in the contract's order. */
    public static List<String> codes() {
        return CODES;
    }
}
