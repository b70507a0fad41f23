package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardAction;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardEvent;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** One entry of a hazard's history. */
@NullMarked
public record HazardEventView(HazardAction action, @Nullable HazardStatus fromStatus, HazardStatus toStatus,
        String actor, @Nullable String reason, List<String> evidence, OffsetDateTime occurredAt) {

    static HazardEventView of(HazardEvent e) {
        return new HazardEventView(e.action(), e.fromStatus(), e.toStatus(), e.actor(), e.reason(), e.evidence(),
                e.occurredAt());
    }
}
