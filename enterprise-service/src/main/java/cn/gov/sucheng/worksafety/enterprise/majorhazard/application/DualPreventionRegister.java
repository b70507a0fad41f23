package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records whether enterprises have built the dual-prevention mechanism (双重预防机制), with who and when. The
 * flag is an attribute of the enterprise's record: a change moves the enterprise's version (its ETag).
 */
@Service
public class DualPreventionRegister {

    private final DualPreventionRecords records;
    private final EnterpriseRegistry enterprises;
    private final Clock clock;

    public DualPreventionRegister(DualPreventionRecords records, EnterpriseRegistry enterprises, Clock clock) {
        this.records = records;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** The flag of an enterprise and the enterprise's version, which a change may name in If-Match. */
    public record AtVersion(DualPrevention dualPrevention, long enterpriseVersion) {
    }

    /**
     * Sets the flag; a request that repeats the current value records nothing. 404 for an unknown enterprise.
     * The enterprise is locked first, so concurrent changes are recorded one after the other.
     *
     * @param basedOn the enterprise version the change is based on (If-Match), or null to change the current one
     */
    @Transactional
    public AtVersion record(UUID enterpriseId, Long basedOn, boolean built, String actor) {
        Enterprise locked = enterprises.lockForChange(enterpriseId, basedOn);
        List<DualPrevention.Change> history = new ArrayList<>(records.history(enterpriseId));
        DualPrevention current = DualPrevention.of(enterpriseId, history);
        if (!current.changes(built)) {
            return new AtVersion(current, locked.version());
        }
        DualPrevention.Change change = new DualPrevention.Change(built, actor, OffsetDateTime.now(clock));
        Enterprise changed = enterprises.recordDualPrevention(locked, built);
        records.append(enterpriseId, change);
        history.add(change);
        return new AtVersion(DualPrevention.of(enterpriseId, history), changed.version());
    }

    /** The flag of an enterprise with who set it and when, and the enterprise's version. 404 for an unknown one. */
    @Transactional(readOnly = true)
    public AtVersion current(UUID enterpriseId) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        return new AtVersion(DualPrevention.of(enterpriseId, records.history(enterpriseId)), enterprise.version());
    }

    /** The flag of an enterprise with who set it and when, for the profile (一企一档). */
    @Transactional(readOnly = true)
    public DualPrevention dualPreventionOf(UUID enterpriseId) {
        return current(enterpriseId).dualPrevention();
    }
}
