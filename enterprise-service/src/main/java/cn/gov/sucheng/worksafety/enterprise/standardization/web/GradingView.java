package cn.gov.sucheng.worksafety.enterprise.standardization.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.standardization.model.Element;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingAsOf;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingEvent;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingEventKind;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingState;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.StandardizationGrading;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A standardization grading as the REST API shows it.
 *
 * @param grade the grade now (1–3), lower than {@code awardedGrade} after a downgrade
 * @param validUntil the last day the grading is in force
 * @param state derived from the actions taken and today's date
 * @param totalScore the sum of the eight element scores (0–800)
 * @param history what happened to the grading, oldest first
 * @param version also the ETag; an action may name it in If-Match
 */
@NullMarked
public record GradingView(
        UUID id,
        UUID enterpriseId,
        int grade,
        int awardedGrade,
        LocalDate awardedOn,
        String awardingBody,
        LocalDate validUntil,
        GradingState state,
        Map<Element, Integer> elementScores,
        int totalScore,
        List<EventView> history,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** One entry of a grading's history. */
    @NullMarked
    public record EventView(GradingEventKind kind, @Nullable Integer fromGrade, @Nullable Integer toGrade,
            @Nullable String reason, String actor, OffsetDateTime occurredAt) {

        static EventView of(GradingEvent e) {
            return new EventView(e.kind(), level(e.fromGrade()), level(e.toGrade()), e.reason(), e.actor(),
                    e.occurredAt());
        }

        private static Integer level(Grade grade) {
            return grade == null ? null : grade.level();
        }
    }

    public static GradingView of(GradingAsOf asOf) {
        StandardizationGrading g = asOf.grading();
        return new GradingView(g.id(), g.enterpriseId(), g.grade().level(), g.awardedGrade().level(), g.awardedOn(),
                g.awardingBody(), g.validUntil(), asOf.state(), g.elementScores().scores(),
                g.elementScores().total(), g.history().stream().map(EventView::of).toList(), g.version(), g.createdAt(),
                g.updatedAt());
    }
}
