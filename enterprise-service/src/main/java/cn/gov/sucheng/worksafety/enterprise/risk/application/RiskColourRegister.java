package cn.gov.sucheng.worksafety.enterprise.risk.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColour;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapEntry;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapFilter;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns the four-colour risk level of enterprises, keeps its history and draws the risk map. */
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

    /** Gives an enterprise its current colour and records why; 404 for an unknown enterprise. */
    @Transactional
    public RiskColourChange assign(UUID enterpriseId, RiskColour colour, String reason, String actor) {
        if (!colours.lockEnterprise(enterpriseId)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        RiskColourChange last = colours.latest(enterpriseId).orElse(null);
        RiskColourChange change = RiskColourChange.after(last, enterpriseId, colour, reason, actor,
                OffsetDateTime.now(clock));
        if (change != last) {
            colours.append(change);
        }
        return change;
    }

    /** An enterprise's colour history, newest first; 404 for an unknown enterprise. */
    @Transactional(readOnly = true)
    public HistoryPage history(UUID enterpriseId, long offset, int limit) {
        if (!enterprises.isRegistered(enterpriseId)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        return colours.history(enterpriseId, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<RiskMapEntry> riskMap(RiskMapFilter filter) {
        return colours.mapEntries(filter);
    }
}
