package cn.gov.sucheng.worksafety.enterprise.registry.grpc;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Coordinates;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;

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
            case UNRECOGNIZED -> throw new IllegalArgumentException("unknown industry_area");
            default -> IndustryArea.valueOf(area.name().substring(AREA_PREFIX.length()));
        };
    }
}
