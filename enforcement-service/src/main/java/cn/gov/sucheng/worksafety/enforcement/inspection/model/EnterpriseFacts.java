package cn.gov.sucheng.worksafety.enforcement.inspection.model;

import java.util.UUID;

/** What the registry says of an inspected enterprise, kept with the inspection for its report and search. */
public record EnterpriseFacts(UUID id, String name, String town, String industryArea) {
}
