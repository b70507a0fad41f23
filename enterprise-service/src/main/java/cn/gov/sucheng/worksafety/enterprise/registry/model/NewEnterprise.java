package cn.gov.sucheng.worksafety.enterprise.registry.model;

/** What registering an enterprise takes. */
public record NewEnterprise(CreditCode creditCode, String name, Place place, IndustryArea industryArea) {
}
