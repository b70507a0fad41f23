package cn.gov.sucheng.worksafety.enterprise.licence.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceAction;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** One entry of a licence's history. */
@NullMarked
public record LicenceEventView(
        LicenceAction action,
        String actor,
        @Nullable String reason,
        @Schema(description = "The licence's expiry day after the action") LocalDate expiresOn,
        OffsetDateTime occurredAt) {

    static LicenceEventView of(LicenceEvent e) {
        return new LicenceEventView(e.action(), e.actor(), e.reason(), e.expiresOn(), e.occurredAt());
    }
}
