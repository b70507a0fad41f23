package cn.gov.sucheng.worksafety.enterprise.registry.model;

/**
 * The editable facts of an enterprise as an update states them in full.
 *
 * @param creditCode the code the caller believes the enterprise has, or null; it must not differ
 */
public record EnterpriseRevision(String creditCode, String name, Place place, IndustryArea industryArea) {
}
