package cn.gov.sucheng.worksafety.hazard.accident.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * An accident or near miss (事故 / 未遂). Reporting later than the limit after it happened (one hour for the unit by
 * the national regulation) is flagged, as is a report found to have been concealed (瞒报): both are findings in
 * themselves.
 */
@NullMarked
public record Accident(UUID id, AccidentKind kind, OffsetDateTime occurredAt, OffsetDateTime reportedAt,
        @Nullable UUID enterpriseId, @Nullable String enterpriseName, @Nullable String town, String industryArea,
        String place, String description, int deaths, int injuries, BigDecimal directLossCny, boolean lateReport,
        boolean concealed, Investigation investigation, @Nullable String sourceRef, long version,
        OffsetDateTime createdAt) {

    /** The enterprise's town, when one is named, is where the accident belongs; else the town reported. */
    public static Accident record(UUID id, NewAccident a, String enterpriseName, String enterpriseTown,
            Duration reportingLimit, OffsetDateTime now) {
        if (a.occurredAt().isAfter(now.plusMinutes(5))) {
            throw new InvalidException("occurredAt", "occurredAt lies in the future");
        }
        if (a.reportedAt().isBefore(a.occurredAt())) {
            throw new InvalidException("reportedAt", "reportedAt must not be before occurredAt");
        }
        if (a.reportedAt().isAfter(now.plusMinutes(5))) {
            throw new InvalidException("reportedAt", "reportedAt lies in the future");
        }
        if (a.kind() == AccidentKind.NEAR_MISS && (a.deaths() > 0 || a.injuries() > 0)) {
            throw new InvalidException("kind", "a near miss hurts no one: with deaths or injuries it is an accident");
        }
        boolean late = Duration.between(a.occurredAt(), a.reportedAt()).compareTo(reportingLimit) > 0;
        return new Accident(id, a.kind(), a.occurredAt(), a.reportedAt(), a.enterpriseId(), enterpriseName,
                enterpriseTown != null ? enterpriseTown : a.town(), a.industryArea(), a.place(), a.description(), a.deaths(), a.injuries(), a.directLossCny(), late,
                a.concealed(), Investigation.NOT_STARTED, a.sourceRef(), 0, now);
    }

    /** Moves the investigation forward one step at a time; going back or staying is refused. */
    public Accident advanceInvestigation(Investigation to) {
        if (to.ordinal() != investigation.ordinal() + 1) {
            List<String> allowed = investigation == Investigation.CONCLUDED ? List.of()
                    : List.of(Investigation.values()[investigation.ordinal() + 1].name());
            throw new ConflictException("the investigation of accident " + id + " is " + investigation
                    + "; it can only move forward one step", investigation, allowed);
        }
        return new Accident(id, kind, occurredAt, reportedAt, enterpriseId, enterpriseName, town, industryArea, place,
                description, deaths, injuries, directLossCny, lateReport, concealed, to, sourceRef, version + 1,
                createdAt);
    }
}
