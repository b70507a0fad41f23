package cn.gov.sucheng.worksafety.hazard.tip.model;

/** Whether a tip is rewarded (举报奖励). */
public enum RewardDecision {
    PENDING,
    GRANTED,
    DENIED
}
