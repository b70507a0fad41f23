package cn.gov.sucheng.worksafety.enforcement.inspection.application;

/** The outbox topics an inspection writes to. */
public final class OutboxTopics {

    /** A finding to register as a hazard in hazard-service; payload: the finding id. */
    public static final String FINDING_TO_HAZARD = "hazard.finding";

    /** An inspection report to (re)index for search; payload: the inspection id. */
    public static final String REPORT_TO_INDEX = "search.inspection-report";

    private OutboxTopics() {
    }
}
