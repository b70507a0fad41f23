package cn.gov.sucheng.worksafety.hazard.supervision.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.NullMarked;

/** The treatment plan of a major hazard (重大事故隐患治理方案): the seven things the rules ask for. */
@NullMarked
public record TreatmentPlan(String goal, String method, BigDecimal fundsCny, String organisation, LocalDate deadline,
        String safetyMeasures, String emergencyPlan) {
}
