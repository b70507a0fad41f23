package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.util.List;

import org.jspecify.annotations.NullMarked;

/** An officer of the draw pool (a valid enforcement credential on the day), with the enterprises it is tied to. */
@NullMarked
public record PoolOfficer(String id, String name, String badgeNumber, List<String> tiedEnterpriseIds) {

    public PoolOfficer {
        tiedEnterpriseIds = List.copyOf(tiedEnterpriseIds);
    }
}
