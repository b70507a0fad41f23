package cn.gov.sucheng.worksafety.hazard.tip.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A public tip (随手拍 / 举报) that became a hazard. It is anonymous, or names the tipster; a reward is decided
 * once (举报奖励), granted with its amount or denied with a reason.
 */
@NullMarked
public record Tip(UUID id, UUID hazardId, boolean anonymous, @Nullable String tipsterName,
        @Nullable String tipsterPhone, RewardDecision rewardDecision, @Nullable BigDecimal rewardAmountCny,
        @Nullable String decidedBy, @Nullable String decisionReason, @Nullable OffsetDateTime decidedAt, long version,
        OffsetDateTime createdAt) {

    public static Tip submitted(UUID id, UUID hazardId, boolean anonymous, String name, String phone,
            OffsetDateTime now) {
        if (anonymous && (name != null || phone != null)) {
            throw new InvalidException("anonymous", "an anonymous tip names no tipster and no phone");
        }
        if (!anonymous && name == null) {
            throw new InvalidException("tipsterName", "a named tip needs the tipster's name");
        }
        return new Tip(id, hazardId, anonymous, name, phone, RewardDecision.PENDING, null, null, null, null, 0, now);
    }

    /** Decides the reward once: granted with an amount above 0, or denied with a reason. */
    public Tip decide(RewardDecision decision, BigDecimal amount, String by, String reason, OffsetDateTime now) {
        if (rewardDecision != RewardDecision.PENDING) {
            throw new ConflictException("the reward of tip " + id + " is decided already: " + rewardDecision,
                    rewardDecision, EnumSet.noneOf(RewardDecision.class));
        }
        switch (decision) {
            case GRANTED -> {
                if (amount == null || amount.signum() <= 0) {
                    throw new InvalidException("amountCny", "a granted reward needs an amount above 0");
                }
            }
            case DENIED -> {
                if (amount != null) {
                    throw new InvalidException("amountCny", "a denied reward has no amount");
                }
                if (reason == null) {
                    throw new InvalidException("reason", "a denied reward needs a reason");
                }
            }
            case PENDING -> throw new InvalidException("decision", "decision must be GRANTED or DENIED");
        }
        return new Tip(id, hazardId, anonymous, tipsterName, tipsterPhone, decision, amount, by, reason, now,
                version + 1, createdAt);
    }
}
