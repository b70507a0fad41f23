package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The discretion baseline of one violation type (应急管理行政处罚裁量权基准): its legal basis and, per band, the
 * fine range in CNY.
 */
@NullMarked
public record DiscretionBaseline(String violationType,
        // Bound from configuration that nothing validates: a baseline may lack them.
        @Nullable String title, @Nullable String legalBasis, Map<DiscretionBand, FineRange> bands) {

    /** A fine range, both ends included. */
    @NullMarked
    public record FineRange(BigDecimal min, BigDecimal max) {
    }
}
