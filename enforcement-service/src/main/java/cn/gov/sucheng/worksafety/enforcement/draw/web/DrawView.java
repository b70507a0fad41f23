package cn.gov.sucheng.worksafety.enforcement.draw.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.model.Draw;
import cn.gov.sucheng.worksafety.enforcement.draw.model.DrawnPair;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolEnterprise;
import cn.gov.sucheng.worksafety.enforcement.draw.model.PoolOfficer;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A draw as recorded: seed, filter, both pools, who drew and when, and the pairs. */
@NullMarked
record DrawView(UUID id, UUID planId, long seed, @Nullable String town, @Nullable String industryArea,
        int enterpriseCount, int officersPerEnterprise, LocalDate asOf, String drawnBy, OffsetDateTime drawnAt,
        List<DrawnPair> pairs, List<PoolEnterprise> enterprisePool, List<PoolOfficer> officerPool) {

    static DrawView of(Draw d) {
        return new DrawView(d.id(), d.planId(), d.seed(), d.town(), d.industryArea(), d.enterpriseCount(),
                d.officersPerEnterprise(), d.asOf(), d.drawnBy(), d.drawnAt(), d.pairs(), d.enterprisePool(), d.officerPool());
    }
}
