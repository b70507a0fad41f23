package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.time.OffsetDateTime;

/** Who took a major hazard source off the register, when and why. */
public record Deregistration(String by, OffsetDateTime at, String reason) {
}
