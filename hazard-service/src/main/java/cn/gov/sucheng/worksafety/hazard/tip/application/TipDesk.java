package cn.gov.sucheng.worksafety.hazard.tip.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.tip.model.RewardDecision;
import cn.gov.sucheng.worksafety.hazard.tip.model.Tip;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public tips: each is reported as a hazard (source: public tip) and its reward decided once. */
@Service
public class TipDesk {

    private final Tips tips;
    private final HazardRectification hazards;
    private final Clock clock;

    public TipDesk(Tips tips, HazardRectification hazards, Clock clock) {
        this.tips = tips;
        this.hazards = hazards;
        this.clock = clock;
    }

    /** The tip and the hazard it became. */
    public record Submitted(Tip tip, Hazard hazard) {
    }

    /** The hazard and the tip are stored together or not at all. */
    @Transactional
    public Submitted submit(HazardReport report, boolean anonymous, String name, String phone) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Checked before the hazard is reported, so a malformed tip stores nothing.
        Tip.submitted(UUID.randomUUID(), UUID.randomUUID(), anonymous, name, phone, now);
        Hazard hazard = hazards.report(report);
        Tip tip = Tip.submitted(UUID.randomUUID(), hazard.id(), anonymous, name, phone, now);
        tips.add(tip);
        return new Submitted(tip, hazard);
    }

    @Transactional
    public Tip decideReward(UUID id, long basedOn, RewardDecision decision, BigDecimal amount, String by,
            String reason) {
        Tip current = tips.lockById(id).orElseThrow(() -> new NotFoundException("tip", id));
        if (current.version() != basedOn) {
            throw new StaleVersionException("tip", id, basedOn, current.version());
        }
        Tip decided = current.decide(decision, amount, by, reason, OffsetDateTime.now(clock));
        tips.update(decided);
        return decided;
    }

    @Transactional(readOnly = true)
    public Tip get(UUID id) {
        return tips.byId(id).orElseThrow(() -> new NotFoundException("tip", id));
    }

    @Transactional(readOnly = true)
    public Page<Tip> find(RewardDecision decision, PageRequest page) {
        return tips.find(decision, page);
    }
}
