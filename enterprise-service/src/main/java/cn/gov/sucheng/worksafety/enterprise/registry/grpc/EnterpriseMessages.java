package cn.gov.sucheng.worksafety.enterprise.registry.grpc;

import java.util.HashMap;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Coordinates;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/** Domain enterprise ↔ its gRPC message. */
final class EnterpriseMessages {

    private static final String AREA_PREFIX = "INDUSTRY_AREA_";

    private EnterpriseMessages() {
    }

    static cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise toMessage(Enterprise e) {
        Place p = e.place();
        var message = cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise.newBuilder()
                .setId(e.id().toString())
                .setCreditCode(e.creditCode().value())
                .setName(e.name())
                .setTown(p.town())
                .setIndustryArea(toMessage(e.industryArea()))
                .setSupervisingDepartment(e.supervisingDepartment())
                .setVersion(e.version());
        // Protobuf strings cannot be null: absent facts stay at their empty default.
        if (p.village() != null) {
            message.setVillage(p.village());
        }
        if (p.grid() != null) {
            message.setGrid(p.grid());
        }
        if (p.address() != null) {
            message.setAddress(p.address());
        }
        if (p.latitude() != null) {
            message.setCoordinates(Coordinates.newBuilder().setLatitude(p.latitude()).setLongitude(p.longitude()));
        }
        return message.build();
    }

    static cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea toMessage(IndustryArea area) {
        return cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea.valueOf(AREA_PREFIX + area.name());
    }

    /** The domain area, or null for UNSPECIFIED (any). */
    static IndustryArea fromMessage(cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea area) {
        return switch (area) {
            case INDUSTRY_AREA_UNSPECIFIED -> null;
            case UNRECOGNIZED -> throw new InvalidException("industry_area", "is not a known industry area");
            default -> IndustryArea.valueOf(area.name().substring(AREA_PREFIX.length()));
        };
    }

    /** The draw pool's risk-colour filter, or null for any; unknown values are refused. */
    static RiskColour riskColourOf(ListDrawPoolRequest r) {
        return enumOf(r.getRiskColour(), "RISK_COLOUR_", RiskColour.class, "risk_colour");
    }

    /**
     * The draw pool's filters on what other features record, by the names of their standing criteria; the
     * features judge the values.
     */
    static Map<String, String> standingOf(ListDrawPoolRequest r) {
        if (r.getStandardizationGrade() < 0 || r.getStandardizationGrade() > 3) {
            throw new InvalidException("standardization_grade", "must be 1-3, or 0 for any");
        }
        Map<String, String> standing = new HashMap<>();
        standing.put(EnterpriseFilter.LICENCE_STATE, nameOf(r.getLicenceState(), "LICENCE_STATE_", "licence_state"));
        standing.put(EnterpriseFilter.STANDARDIZATION_GRADE,
                r.getStandardizationGrade() == 0 ? null : Integer.toString(r.getStandardizationGrade()));
        standing.put(EnterpriseFilter.BLACKLISTED, r.hasBlacklisted() ? Boolean.toString(r.getBlacklisted()) : null);
        return standing;
    }

    private static <E extends Enum<E>> E enumOf(Enum<?> message, String prefix, Class<E> type, String field) {
        String name = nameOf(message, prefix, field);
        return name == null ? null : Enum.valueOf(type, name);
    }

    // The domain name of a proto enum value without its prefix; null for UNSPECIFIED (any).
    private static String nameOf(Enum<?> message, String prefix, String field) {
        if (message.name().endsWith("_UNSPECIFIED")) {
            return null;
        }
        if (message.name().equals("UNRECOGNIZED")) {
            throw new InvalidException(field, "is not a known value");
        }
        return message.name().substring(prefix.length());
    }
}
