package cn.gov.sucheng.worksafety.enterprise.registry.model;

/**
 * An administrator's decision to register a credit code that fails its checks, as asked for: who decides
 * and why (for instance "code as printed on the business licence; the issuing authority confirmed it").
 */
public record OverrideGrant(String reason, String actor) {
}
