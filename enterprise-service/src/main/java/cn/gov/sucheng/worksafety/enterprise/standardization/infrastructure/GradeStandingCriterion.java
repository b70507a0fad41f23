package cn.gov.sucheng.worksafety.enterprise.standardization.infrastructure;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.StandingCriterion;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

import org.springframework.stereotype.Component;

/** The registry's filter "holds a grading in force at this grade today". */
@Component
class GradeStandingCriterion implements StandingCriterion {

    @Override
    public String name() {
        return EnterpriseFilter.STANDARDIZATION_GRADE;
    }

    @Override
    public Condition condition(String value, String enterpriseId, LocalDate today) {
        Grade grade;
        try {
            grade = Grade.of(Integer.parseInt(value));
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidException(name(), name() + " must be 1, 2 or 3, not " + value);
        }
        return new Condition("EXISTS (SELECT 1 FROM standardization_grading g WHERE g.enterprise_id = " + enterpriseId
                + " AND g.grade = :standardizationGrade AND " + GradingStateSql.inForce("g.", ":standardizationToday")
                + ")", Map.of("standardizationGrade", grade.level(), "standardizationToday", today));
    }
}
