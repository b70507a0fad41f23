package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomDrawTest {

    static List<PoolEnterprise> enterprises(int n) {
        List<PoolEnterprise> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(new PoolEnterprise(String.format("e%03d", i), "企业" + i, "耿车镇", List.of()));
        }
        return pool;
    }

    static List<PoolOfficer> officers(int n) {
        List<PoolOfficer> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(new PoolOfficer(String.format("o%03d", i), "执法员" + i, "3213021900" + i, List.of()));
        }
        return pool;
    }

    @Test
    void theSameSeedAndPoolsGiveTheSamePairsWhateverTheOrderThePoolsCameIn() {
        List<PoolEnterprise> e = enterprises(40);
        List<PoolOfficer> o = officers(12);
        List<DrawnPair> first = RandomDraw.run(20250512L, e, o, 10, 2);

        List<PoolEnterprise> shuffledE = new ArrayList<>(e);
        Collections.reverse(shuffledE);
        List<PoolOfficer> shuffledO = new ArrayList<>(o);
        Collections.reverse(shuffledO);

        assertThat(RandomDraw.run(20250512L, shuffledE, shuffledO, 10, 2)).isEqualTo(first);
        assertThat(RandomDraw.run(20250513L, e, o, 10, 2)).isNotEqualTo(first);
    }

    @Test
    void drawsDistinctEnterprisesAndAtLeastTwoDistinctOfficersForEach() {
        List<DrawnPair> pairs = RandomDraw.run(7L, enterprises(30), officers(9), 12, 2);

        assertThat(pairs).hasSize(12);
        assertThat(pairs.stream().map(DrawnPair::enterpriseId).distinct()).hasSize(12);
        assertThat(pairs).allSatisfy(p -> assertThat(new HashSet<>(p.officerIds())).hasSize(2));
    }

    @Test
    void spreadsTheWorkEvenlyOverTheOfficers() {
        List<DrawnPair> pairs = RandomDraw.run(11L, enterprises(50), officers(10), 20, 2);

        Map<String, Integer> load = new HashMap<>();
        pairs.forEach(p -> p.officerIds().forEach(o -> load.merge(o, 1, Integer::sum)));
        assertThat(load).hasSize(10);
        assertThat(load.values()).allSatisfy(n -> assertThat(n).isEqualTo(4));
    }

    @Test
    void recusesOfficersTiedToTheEnterpriseOrDrawnForItLastTime() {
        List<PoolEnterprise> one = List.of(new PoolEnterprise("e1", "恒安化工", "耿车镇", List.of("o000", "o001")));
        List<PoolOfficer> o = new ArrayList<>(officers(5));
        o.set(2, new PoolOfficer("o002", "执法员2", "32130219002", List.of("e1")));

        for (long seed = 0; seed < 50; seed++) {
            List<String> drawn = RandomDraw.run(seed, one, o, 1, 2).get(0).officerIds();
            assertThat(drawn).containsExactlyInAnyOrder("o003", "o004");
        }
    }

    @Test
    void aDrawWithItsTiesNarrowedToItsPoolNamesNoOtherEnterpriseAndRunsAgainToTheSamePairs() {
        List<PoolEnterprise> e = enterprises(6);
        List<PoolOfficer> o = new ArrayList<>(officers(5));
        o.set(1, new PoolOfficer("o001", "执法员1", "32130219001", List.of("e002", "elsewhere-1")));
        o.set(3, new PoolOfficer("o003", "执法员3", "32130219003", List.of("elsewhere-2")));
        Draw drawn = new Draw(UUID.randomUUID(), UUID.randomUUID(), 42L, "耿车镇", null, 4, 2, LocalDate.of(2025, 5, 12),
                e, o, RandomDraw.run(42L, e, o, 4, 2), "张伟", OffsetDateTime.now());

        Draw narrowed = drawn.tiesWithinPool();

        assertThat(narrowed.officerPool()).extracting(PoolOfficer::tiedEnterpriseIds)
                .containsExactly(List.of(), List.of("e002"), List.of(), List.of(), List.of());
        assertThat(narrowed.reproduces()).isTrue();
        assertThat(narrowed.pairs()).isEqualTo(drawn.pairs());
    }

    @Test
    void refusesWhenTooFewOfficersRemainAfterRecusalsOrTheRequestIsOutOfRange() {
        List<PoolEnterprise> one = List.of(new PoolEnterprise("e1", "恒安化工", "耿车镇", List.of("o000")));
        assertThatThrownBy(() -> RandomDraw.run(1L, one, officers(2), 1, 2))
                .isInstanceOf(UnprocessableException.class).hasMessageContaining("恒安化工");
        assertThatThrownBy(() -> RandomDraw.run(1L, enterprises(3), officers(5), 4, 2))
                .isInstanceOf(UnprocessableException.class);
        assertThatThrownBy(() -> RandomDraw.run(1L, enterprises(3), officers(5), 1, 1))
                .isInstanceOf(InvalidException.class);
    }

    @Test
    void everyEnterpriseOfThePoolCanBeDrawn() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            RandomDraw.run(seed, enterprises(10), officers(4), 1, 2).forEach(p -> seen.add(p.enterpriseId()));
        }
        assertThat(seen).hasSize(10);
    }
}
