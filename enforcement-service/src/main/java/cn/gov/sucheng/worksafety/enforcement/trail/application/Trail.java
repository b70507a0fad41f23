package cn.gov.sucheng.worksafety.enforcement.trail.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailChain;
import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement trail (执法全过程记录): every action on plans, draws, inspections, documents and cases is
 * appended here in the transaction of the action, so the trail holds exactly what was done. Nothing in it is
 * ever changed; {@link #verify} proves that.
 */
@Service
public class Trail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TrailEntries entries;
    private final Clock clock;

    public Trail(TrailEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Appends one step; must run in the transaction of the action it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TrailEntry append(String subjectType, UUID subjectId, String action, String actor,
            Map<String, ?> details) {
        TrailEntry last = entries.lockLast().orElse(null);
        TrailEntry entry = TrailChain.next(last, subjectType, subjectId, action, actor, OffsetDateTime.now(clock),
                JSON.writeValueAsString(details));
        entries.add(entry);
        return entry;
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> of(String subjectType, UUID subjectId) {
        return entries.ofSubject(subjectType, subjectId);
    }

    /** Walks the whole chain from the first entry; names the first broken one. */
    @Transactional(readOnly = true)
    public Verification verify() {
        TrailChain.Verifier verifier = new TrailChain.Verifier();
        entries.forEachInOrder(verifier::accept);
        return new Verification(verifier.broken().isEmpty(), verifier.checked(), verifier.broken().orElse(null));
    }

    /** The answer of {@link #verify}: intact, or the first break; {@code checked} entries were found sound. */
    @NullMarked
    public record Verification(boolean intact, long checked, TrailChain.@Nullable ChainBreak firstBreak) {
    }
}
