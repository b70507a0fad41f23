package cn.gov.sucheng.worksafety.enterprise.registry.model;

/** The checks a well-formed credit code must pass beyond its format; an override names those it failed. */
public enum CreditCodeCheck {
    /** The 18th character is the weighted check over the first 17 (GB 32100-2015). */
    CHECK_CHARACTER,
    /** Positions 3–8 are an administrative division code (行政区划代码) the registry accepts. */
    DIVISION
}
