package cn.gov.sucheng.worksafety.enterprise.majorhazard.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records whether enterprises have built the dual-prevention mechanism (双重预防机制), with who and when. */
@Service
public class DualPreventionRegister {

    private final DualPreventionRecords records;
    private final Clock clock;

    public DualPreventionRegister(DualPreventionRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Sets the flag; a request that repeats the current value records nothing. 404 for an unknown enterprise. */
    @Transactional
    public DualPrevention record(UUID enterpriseId, boolean built, String actor) {
        List<DualPrevention.Change> history = new ArrayList<>(records.historyForUpdate(enterpriseId)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId)));
        DualPrevention current = DualPrevention.of(enterpriseId, history);
        if (!current.changes(built)) {
            return current;
        }
        DualPrevention.Change change = new DualPrevention.Change(built, actor, OffsetDateTime.now(clock));
        records.append(enterpriseId, change);
        history.add(change);
        return DualPrevention.of(enterpriseId, history);
    }

    /** The flag of an enterprise with who set it and when, for the API and the profile (一企一档). */
    @Transactional(readOnly = true)
    public DualPrevention dualPreventionOf(UUID enterpriseId) {
        return DualPrevention.of(enterpriseId, records.history(enterpriseId)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId)));
    }
}
