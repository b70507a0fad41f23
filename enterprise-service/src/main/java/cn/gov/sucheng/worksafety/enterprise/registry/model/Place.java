package cn.gov.sucheng.worksafety.enterprise.registry.model;

import cn.gov.sucheng.worksafety.platform.domain.Texts;

/**
 * Where an enterprise is: town or street (镇/街道/园区) → village or community (村/社区) → grid (网格),
 * its address and, for the risk map, its coordinates (WGS 84; either both or neither). Its names are kept as the
 * list filters read them (stripped, blank as none), so a name sent with stray spaces is still found.
 */
public record Place(String town, String village, String grid, String address, Double latitude, Double longitude) {

    public Place {
        town = Texts.given(town);
        village = Texts.given(village);
        grid = Texts.given(grid);
        address = Texts.given(address);
    }
}
