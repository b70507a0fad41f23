package cn.gov.sucheng.worksafety.enterprise.credit.model;

/** Where a credit event stands on a given day; derived from its dates and whether it was lifted, never stored. */
public enum CreditEventState {
    /** Decided but its start date is still to come. */
    PENDING,
    /** In force: from the start date through the end date (both inclusive), not lifted. */
    ACTIVE,
    /** Its end date has passed. */
    ENDED,
    /** Lifted before its end (e.g. after credit repair, 信用修复); lifting wins over ending. */
    LIFTED
}
