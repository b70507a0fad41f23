package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.LocalDate;

/** What confirming a hazard settles: its grade, how and by when it is fixed, and who fixes it. */
public record Confirmation(HazardGrade grade, Handling handling, LocalDate deadline, String assignee) {
}
