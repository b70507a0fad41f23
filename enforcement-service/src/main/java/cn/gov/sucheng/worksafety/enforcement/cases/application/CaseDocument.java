package cn.gov.sucheng.worksafety.enforcement.cases.application;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;

/** A document issued in a case, with its number. */
public record CaseDocument(UUID id, UUID caseId, DocumentKind kind, String number, LocalDate issuedOn) {
}
