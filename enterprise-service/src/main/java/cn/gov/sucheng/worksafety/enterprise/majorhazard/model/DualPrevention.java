package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Whether an enterprise has built the dual-prevention mechanism (双重预防机制: graded risk control plus
 * hazard identification and treatment), who last changed that and when, and every change before.
 *
 * @param changedBy null when the flag was never set (it then reads "not built")
 * @param changedAt null when the flag was never set
 * @param history every change, oldest first
 */
@NullMarked
public record DualPrevention(UUID enterpriseId, boolean built, @Nullable String changedBy,
        @Nullable OffsetDateTime changedAt, List<Change> history) {

    public DualPrevention {
        history = List.copyOf(history);
    }

    /** The state of an enterprise with this history. */
    public static DualPrevention of(UUID enterpriseId, List<Change> history) {
        if (history.isEmpty()) {
            return new DualPrevention(enterpriseId, false, null, null, history);
        }
        Change last = history.get(history.size() - 1);
        return new DualPrevention(enterpriseId, last.built(), last.changedBy(), last.changedAt(), history);
    }

    /** Setting the flag to what it already is changes nothing and records nothing: a replayed request is harmless. */
    public boolean changes(boolean newBuilt) {
        return newBuilt != built;
    }

    /** One change of the flag. */
    @NullMarked
    public record Change(boolean built, String changedBy, OffsetDateTime changedAt) {
    }
}
