package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The discretion baseline of one violation type (应急管理行政处罚裁量权基准): its legal basis and, per band, the
 * fine range in CNY.
 */
public record DiscretionBaseline(String violationType, String title, String legalBasis,
        Map<DiscretionBand, FineRange> bands) {

    /** A fine range, both ends included. */
    public record FineRange(BigDecimal min, BigDecimal max) {
    }
}
