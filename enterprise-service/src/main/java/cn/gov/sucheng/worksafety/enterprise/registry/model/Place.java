package cn.gov.sucheng.worksafety.enterprise.registry.model;

/**
 * Where an enterprise is: town or street (镇/街道/园区) → village or community (村/社区) → grid (网格),
 * its address and, for the risk map, its coordinates (WGS 84; either both or neither).
 */
public record Place(String town, String village, String grid, String address, Double latitude, Double longitude) {
}
