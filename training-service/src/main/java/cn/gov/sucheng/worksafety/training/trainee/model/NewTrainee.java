package cn.gov.sucheng.worksafety.training.trainee.model;

import java.util.UUID;

/** What registering a person takes. */
public record NewTrainee(String name, IdNumber idNumber, UUID enterpriseId, KeyPost keyPost, boolean highRiskTrade) {
}
