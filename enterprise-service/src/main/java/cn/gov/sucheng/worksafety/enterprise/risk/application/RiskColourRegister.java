package cn.gov.sucheng.worksafety.enterprise.risk.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapEntry;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapFilter;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns the four-colour risk level of enterprises, keeps its history and draws the risk map. The current
 * colour is an attribute of the enterprise's record: assigning one moves the enterprise's version (its ETag).
 */
@Service
public class RiskColourRegister {

    private final RiskColours colours;
    private final EnterpriseRegistry enterprises;
    private final Clock clock;

    public RiskColourRegister(RiskColours colours, EnterpriseRegistry enterprises, Clock clock) {
        this.colours = colours;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** An assessment and the enterprise's version after it, which a change may name in If-Match. */
    public record AtVersion(RiskColourChange change, long enterpriseVersion) {
    }

    /**
     * Gives an enterprise its current colour and records why; repeating the last entry exactly records nothing.
     * 404 for an unknown enterprise. The enterprise is locked first, so concurrent assessments are recorded one
     * after the other, each with the colour before it.
     *
     * @param basedOn the enterprise version the assessment is based on (If-Match), or null for the current one
     */
    @Transactional
    public AtVersion assign(UUID enterpriseId, Long basedOn, RiskColour colour, String reason, String actor) {
        Enterprise locked = enterprises.lockForChange(enterpriseId, basedOn);
        RiskColourChange last = colours.latest(enterpriseId).orElse(null);
        RiskColourChange change = RiskColourChange.after(last, enterpriseId, colour, reason, actor,
                OffsetDateTime.now(clock));
        if (change == last) {
            return new AtVersion(last, locked.version());
        }
        Enterprise assessed = enterprises.assignRiskColour(locked, colour);
        colours.append(change);
        return new AtVersion(change, assessed.version());
    }

    /** An enterprise's colour history, newest first; 404 for an unknown enterprise. */
    @Transactional(readOnly = true)
    public Page<RiskColourChange> history(UUID enterpriseId, PageRequest page) {
        if (!enterprises.isRegistered(enterpriseId)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        return colours.history(enterpriseId, page);
    }

    @Transactional(readOnly = true)
    public List<RiskMapEntry> riskMap(RiskMapFilter filter) {
        EnterpriseFilter located = new EnterpriseFilter(filter.town(), null, null,
                EnterpriseFilter.inArea(filter.industryArea()), null, null,
                filter.riskColour(), null, Map.of());
        return enterprises.located(located).stream()
                .map(e -> new RiskMapEntry(e.id(), e.name(), e.creditCode().value(), e.place().town(),
                        e.industryArea(), e.riskColour(), e.place().latitude(), e.place().longitude()))
                .toList();
    }
}
