package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;

/**
 * The random draw (双随机): from a pool of enterprises and a pool of officers, with a seed, picks enterprises and
 * at least two officers for each. The result depends on nothing but the seed and the two pools, so anyone holding
 * them can run it again and get the same pairs.
 *
 * <p>The algorithm, stated so it can be re-implemented: both pools are sorted by id; a {@link java.util.Random}
 * seeded with the seed (its generator is specified by the Java platform) shuffles the enterprises (Fisher–Yates,
 * {@code Collections.shuffle} order) and the first {@code enterpriseCount} are drawn; the same generator then
 * shuffles the officers into a rota. For each drawn enterprise, in drawn order, officers are taken from the front of
 * the rota, skipping those recused (tied to the enterprise, or drawn for it last time) and never the same officer
 * twice for one enterprise; each officer taken goes to the back of the rota, so work spreads evenly.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    public static List<DrawnPair> run(long seed, List<PoolEnterprise> enterprisePool, List<PoolOfficer> officerPool,
            int enterpriseCount, int officersPerEnterprise) {
        if (officersPerEnterprise < 2) {
            throw new InvalidException("officersPerEnterprise", "at least two officers inspect each enterprise");
        }
        if (enterpriseCount < 1) {
            throw new InvalidException("enterpriseCount", "enterpriseCount must be at least 1");
        }
        if (enterpriseCount > enterprisePool.size()) {
            throw new UnprocessableException("the pool holds " + enterprisePool.size() + " enterprises, fewer than the "
                    + enterpriseCount + " to draw");
        }
        Random random = new Random(seed);
        List<PoolEnterprise> enterprises = new ArrayList<>(enterprisePool);
        enterprises.sort(Comparator.comparing(PoolEnterprise::id));
        java.util.Collections.shuffle(enterprises, random);
        List<PoolOfficer> rota = new ArrayList<>(officerPool);
        rota.sort(Comparator.comparing(PoolOfficer::id));
        java.util.Collections.shuffle(rota, random);

        List<DrawnPair> pairs = new ArrayList<>();
        for (PoolEnterprise enterprise : enterprises.subList(0, enterpriseCount)) {
            List<String> chosen = new ArrayList<>();
            List<PoolOfficer> taken = new ArrayList<>();
            for (int i = 0; i < rota.size() && chosen.size() < officersPerEnterprise; i++) {
                PoolOfficer officer = rota.get(i);
                if (officer.tiedEnterpriseIds().contains(enterprise.id())
                        || enterprise.lastOfficerIds().contains(officer.id())) {
                    continue;
                }
                chosen.add(officer.id());
                taken.add(officer);
            }
            if (chosen.size() < officersPerEnterprise) {
                throw new UnprocessableException("only " + chosen.size() + " officers of the pool may inspect "
                        + enterprise.name() + " (" + enterprise.id() + ") after recusals; " + officersPerEnterprise
                        + " are needed");
            }
            rota.removeAll(taken);
            rota.addAll(taken);
            pairs.add(new DrawnPair(enterprise.id(), chosen));
        }
        return pairs;
    }
}
