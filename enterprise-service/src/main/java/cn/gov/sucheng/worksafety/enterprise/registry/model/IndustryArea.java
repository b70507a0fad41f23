package cn.gov.sucheng.worksafety.enterprise.registry.model;

/** The key industry areas of the district plan; each is supervised by one department (管行业必须管安全). */
public enum IndustryArea {
    HAZARDOUS_CHEMICALS,
    FIRE_SAFETY,
    ROAD_TRANSPORT,
    WATER_TRANSPORT,
    CONSTRUCTION,
    TOWN_GAS,
    INDUSTRIAL_PARKS,
    HAZARDOUS_WASTE,
    SPECIAL_EQUIPMENT,
    METALLURGY_INDUSTRY_TRADE,
    OIL_GAS_PIPELINES,
    OTHER
}
