package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.util.List;

import org.jspecify.annotations.NullMarked;

/** One enterprise drawn and the officers drawn to inspect it. */
@NullMarked
public record DrawnPair(String enterpriseId, List<String> officerIds) {

    public DrawnPair {
        officerIds = List.copyOf(officerIds);
    }
}
