package cn.gov.sucheng.worksafety.training.coverage.model;

/**
 * Key-post coverage of one group (an enterprise, a town, an industry area): the plan's target is 100% of key-post
 * holders with a valid certificate and 100% of high-risk workers trained and assessed.
 */
public record Coverage(String key, String label, long keyPostHolders, long certified, long highRiskWorkers,
        long trainedAndAssessed) {

    public static Coverage empty(String key, String label) {
        return new Coverage(key, label, 0, 0, 0, 0);
    }

    public Coverage plus(PersonStanding p) {
        boolean keyPost = p.keyPost().isKeyPost();
        return new Coverage(key, label, keyPostHolders + (keyPost ? 1 : 0), certified + (keyPost && p.certified() ? 1 : 0),
                highRiskWorkers + (p.highRiskTrade() ? 1 : 0),
                trainedAndAssessed + (p.highRiskTrade() && p.trainedAndAssessed() ? 1 : 0));
    }

    /** 1 when there is nobody to cover: nothing is missing. */
    public double certifiedShare() {
        return keyPostHolders == 0 ? 1 : (double) certified / keyPostHolders;
    }

    public double trainedShare() {
        return highRiskWorkers == 0 ? 1 : (double) trainedAndAssessed / highRiskWorkers;
    }

    public boolean meetsTarget() {
        return certified == keyPostHolders && trainedAndAssessed == highRiskWorkers;
    }
}
