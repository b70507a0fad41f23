package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.util.List;

/** One enterprise drawn and the officers drawn to inspect it. */
public record DrawnPair(String enterpriseId, List<String> officerIds) {

    public DrawnPair {
        officerIds = List.copyOf(officerIds);
    }
}
