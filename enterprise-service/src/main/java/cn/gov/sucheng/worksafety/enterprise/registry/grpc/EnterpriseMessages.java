package cn.gov.sucheng.worksafety.enterprise.registry.grpc;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;

/** Domain enterprise → its gRPC message. */
final class EnterpriseMessages {

    private EnterpriseMessages() {
    }

    static cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise toMessage(Enterprise e) {
        return cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise.newBuilder()
                .setId(e.id().toString())
                .setCreditCode(e.creditCode().value())
                .setName(e.name())
                .setTown(e.place().town())
                .setIndustryArea(cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea
                        .valueOf("INDUSTRY_AREA_" + e.industryArea().name()))
                .setSupervisingDepartment(e.supervisingDepartment())
                .build();
    }
}
