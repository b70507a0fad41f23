package cn.gov.sucheng.worksafety.enforcement.siblings;

/** The siblings as their calls and breakers name them ({@code resilience4j.circuitbreaker.instances.<name>}). */
final class SiblingNames {

    static final String ENTERPRISE = "enterprise-service";
    static final String TRAINING = "training-service";

    private SiblingNames() {
    }
}
