package cn.gov.sucheng.worksafety.enterprise.risk.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an enterprise's risk-colour history: the colour it was given, the one it had before (null
 * for the first assessment), why, by whom and when.
 */
@NullMarked
public record RiskColourChange(UUID enterpriseId, RiskColour colour, @Nullable RiskColour previousColour, String reason,
        String changedBy, OffsetDateTime changedAt) {

    /**
     * The change that assigning {@code colour} makes after {@code last} (null when there is none).
     * A request that repeats the last entry exactly (same colour, reason and actor) is a replay: it
     * records nothing, so the returned change is {@code last} itself.
     */
    public static RiskColourChange after(RiskColourChange last, UUID enterpriseId, RiskColour colour, String reason,
            String changedBy, OffsetDateTime now) {
        if (last != null && last.colour == colour && last.reason.equals(reason) && last.changedBy.equals(changedBy)) {
            return last;
        }
        return new RiskColourChange(enterpriseId, colour, last == null ? null : last.colour, reason, changedBy, now);
    }
}
