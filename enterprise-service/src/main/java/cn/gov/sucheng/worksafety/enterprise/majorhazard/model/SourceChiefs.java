package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;

/**
 * The source chiefs of a major hazard source (源长制): one responsible person at each of the enterprise,
 * the town and the district. All three are required.
 */
@NullMarked
public record SourceChiefs(SourceChief enterprise, SourceChief town, SourceChief district) {

    public SourceChiefs {
        if (enterprise == null) {
            throw new InvalidException("chiefs.enterprise", "chiefs.enterprise is required");
        }
        if (town == null) {
            throw new InvalidException("chiefs.town", "chiefs.town is required");
        }
        if (district == null) {
            throw new InvalidException("chiefs.district", "chiefs.district is required");
        }
    }
}
