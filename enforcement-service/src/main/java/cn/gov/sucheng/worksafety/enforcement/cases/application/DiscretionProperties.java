package cn.gov.sucheng.worksafety.enforcement.cases.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBand;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBaseline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worksafety.enforcement.discretion.baselines.<VIOLATION_TYPE>}: the published discretion baselines
 * (应急管理行政处罚裁量权基准) as configuration: per violation type a title, the legal basis and the fine range of
 * each band. Changing them needs no release.
 */
@ConfigurationProperties("worksafety.enforcement.discretion")
public record DiscretionProperties(Map<String, Baseline> baselines) {

    public DiscretionProperties {
        baselines = baselines == null ? Map.of() : baselines;
    }

    public record Baseline(String title, String legalBasis, Map<DiscretionBand, Range> bands) {
    }

    public record Range(BigDecimal min, BigDecimal max) {
    }

    public Map<String, DiscretionBaseline> toBaselines() {
        Map<String, DiscretionBaseline> result = new LinkedHashMap<>();
        baselines.forEach((type, b) -> {
            Map<DiscretionBand, DiscretionBaseline.FineRange> bands = new LinkedHashMap<>();
            b.bands().forEach((band, r) -> {
                if (r.min().compareTo(r.max()) > 0) {
                    throw new IllegalArgumentException("discretion baseline " + type + " band " + band + ": min > max");
                }
                bands.put(band, new DiscretionBaseline.FineRange(r.min(), r.max()));
            });
            result.put(type, new DiscretionBaseline(type, b.title(), b.legalBasis(), bands));
        });
        return result;
    }
}
