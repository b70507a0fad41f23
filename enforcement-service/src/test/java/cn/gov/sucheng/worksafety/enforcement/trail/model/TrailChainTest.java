package cn.gov.sucheng.worksafety.enforcement.trail.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrailChainTest {

    static final UUID CASE = UUID.fromString("6f1c4b8e-1d2a-4c1b-9f3e-2a7b5c9d0e11");
    static final OffsetDateTime AT = OffsetDateTime.parse("2025-05-12T09:30:00.123456789+08:00");

    static List<TrailEntry> chain(int length) {
        List<TrailEntry> entries = new ArrayList<>();
        TrailEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = TrailChain.next(previous, "CASE", CASE, "STEP_" + i, "李明", AT.plusMinutes(i), "{\"n\":" + i + "}");
            entries.add(previous);
        }
        return entries;
    }

    static TrailChain.Verifier verify(List<TrailEntry> entries) {
        TrailChain.Verifier verifier = new TrailChain.Verifier();
        entries.forEach(verifier::accept);
        return verifier;
    }

    @Test
    void linksEachEntryToTheOneBefore() {
        List<TrailEntry> entries = chain(3);

        assertThat(entries.get(0).sequence()).isEqualTo(1);
        assertThat(entries.get(0).previousHash()).isEqualTo(TrailChain.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).sequence()).isEqualTo(3);
        assertThat(entries.get(0).hash()).hasSize(64).isNotEqualTo(entries.get(1).hash());
        assertThat(entries.get(0).at().getNano() % 1000).as("kept at microseconds, as stored").isZero();
    }

    @Test
    void anIntactChainVerifies() {
        TrailChain.Verifier verifier = verify(chain(5));

        assertThat(verifier.broken()).isEmpty();
        assertThat(verifier.checked()).isEqualTo(5);
    }

    @Test
    void aChangedEntryIsNamedAsTheFirstBreak() {
        List<TrailEntry> entries = new ArrayList<>(chain(5));
        TrailEntry third = entries.get(2);
        entries.set(2, new TrailEntry(third.sequence(), third.subjectType(), third.subjectId(), third.action(),
                "王芳", third.at(), third.details(), third.previousHash(), third.hash()));

        TrailChain.Verifier verifier = verify(entries);

        assertThat(verifier.broken()).get().extracting(TrailChain.ChainBreak::sequence).isEqualTo(3L);
        assertThat(verifier.checked()).isEqualTo(2);
    }

    @Test
    void aRecomputedHashStillBreaksAtTheNextEntry() {
        List<TrailEntry> entries = new ArrayList<>(chain(4));
        TrailEntry second = entries.get(1);
        TrailEntry forged = new TrailEntry(second.sequence(), second.subjectType(), second.subjectId(),
                second.action(), second.actor(), second.at(), "{\"n\":99}", second.previousHash(), null);
        entries.set(1, new TrailEntry(forged.sequence(), forged.subjectType(), forged.subjectId(), forged.action(),
                forged.actor(), forged.at(), forged.details(), forged.previousHash(), TrailChain.hashOf(forged)));

        assertThat(verify(entries).broken()).get().extracting(TrailChain.ChainBreak::sequence).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryIsNamedAsMissing() {
        List<TrailEntry> entries = new ArrayList<>(chain(4));
        entries.remove(1);

        TrailChain.ChainBreak broken = verify(entries).broken().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.reason()).contains("missing");
    }

    @Test
    void theHashCoversEveryField() {
        TrailEntry entry = chain(1).get(0);
        String hash = entry.hash();
        assertThat(TrailChain.hashOf(new TrailEntry(1, "DRAW", CASE, entry.action(), entry.actor(), entry.at(),
                entry.details(), entry.previousHash(), null))).isNotEqualTo(hash);
        assertThat(TrailChain.hashOf(new TrailEntry(1, entry.subjectType(), CASE, entry.action(), entry.actor(),
                entry.at().plusNanos(1000), entry.details(), entry.previousHash(), null))).isNotEqualTo(hash);
        assertThat(TrailChain.hashOf(new TrailEntry(1, entry.subjectType(), UUID.randomUUID(), entry.action(),
                entry.actor(), entry.at(), entry.details(), entry.previousHash(), null))).isNotEqualTo(hash);
        assertThat(TrailChain.hashOf(entry)).isEqualTo(hash);
    }
}
