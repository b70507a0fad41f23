package cn.gov.sucheng.worksafety.enforcement.rectification.model;

import java.util.UUID;

/**
 * The record a rectification document is issued from: an inspection or a case, of one enterprise (whose town sets
 * the town data scope; null when not known).
 */
public record Origin(Kind kind, UUID id, UUID enterpriseId, String town) {

    public enum Kind {
        INSPECTION, CASE
    }
}
