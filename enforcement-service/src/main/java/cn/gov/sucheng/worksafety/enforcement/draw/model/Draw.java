package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /**
     * The draw with each officer's ties narrowed to the enterprises of its pool: a tie to an enterprise outside the
     * pool recuses no one, so it runs again to the same pairs and names no enterprise beyond the pool.
     */
    public Draw tiesWithinPool() {
        Set<String> pool = enterprisePool.stream().map(PoolEnterprise::id).collect(Collectors.toSet());
        List<PoolOfficer> officers = officerPool.stream().map(o -> new PoolOfficer(o.id(), o.name(), o.badgeNumber(),
                o.tiedEnterpriseIds().stream().filter(pool::contains).toList())).toList();
        return new Draw(id, planId, seed, town, industryArea, enterpriseCount, officersPerEnterprise, asOf,
                enterprisePool, officers, pairs, drawnBy, drawnAt);
    }

    /** Runs the draw again from what it recorded; true when it gives the recorded pairs. */
    public boolean reproduces() {
        return RandomDraw.run(seed, enterprisePool, officerPool, enterpriseCount, officersPerEnterprise).equals(pairs);
    }
}
