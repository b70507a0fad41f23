package cn.gov.sucheng.worksafety.training.coverage.model;

import java.util.UUID;

import cn.gov.sucheng.worksafety.training.session.model.HoursRequirement;
import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;

/**
 * What coverage counts of one person on a day.
 *
 * @param certified holds a certificate valid that day
 * @param examPassed has passed an exam
 * @param initialHours initial training hours attended
 */
public record PersonStanding(UUID enterpriseId, String enterpriseName, String town, String industryArea,
        KeyPost keyPost, boolean highRiskTrade, boolean certified, boolean examPassed, int initialHours) {

    /** A high-risk worker counts as trained and assessed with their initial hours done and an exam passed. */
    public boolean trainedAndAssessed() {
        return examPassed && initialHours >= HoursRequirement.of(keyPost, highRiskTrade).initialHours();
    }
}
