package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A random draw as recorded: who drew and when, the seed, the filter and the pools exactly as they stood, and the
 * pairs drawn. {@link RandomDraw#run} on the seed and the pools gives the pairs again.
 */
public record Draw(UUID id, UUID planId, long seed, String town, String industryArea, int enterpriseCount,
        int officersPerEnterprise, LocalDate asOf, List<PoolEnterprise> enterprisePool, List<PoolOfficer> officerPool,
        List<DrawnPair> pairs, String drawnBy, OffsetDateTime drawnAt) {

    public Draw {
        enterprisePool = List.copyOf(enterprisePool);
        officerPool = List.copyOf(officerPool);
        pairs = List.copyOf(pairs);
    }

    /** Runs the draw again from what it recorded; true when it gives the recorded pairs. */
    public boolean reproduces() {
        return RandomDraw.run(seed, enterprisePool, officerPool, enterpriseCount, officersPerEnterprise).equals(pairs);
    }
}
