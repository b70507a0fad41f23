package cn.gov.sucheng.worksafety.enforcement.cases.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.cases.model.EnforcementCase;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where cases and their documents are kept. */
public interface Cases {

    void add(EnforcementCase c, String filedBy);

    Optional<EnforcementCase> byId(UUID id);

    /** The case, locked until the transaction ends, so that of two concurrent actions one waits and sees the other. */
    Optional<EnforcementCase> lockById(UUID id);

    void update(EnforcementCase c);

    Page<EnforcementCase> find(CaseFilter filter, PageRequest page);

    /** How many cases the enterprise has, how many are open, and the sum of the fines decided. */
    CaseFigures figuresOf(UUID enterpriseId);

    record CaseFigures(long total, long open, java.math.BigDecimal fines) {
    }

    /** The next serial of a kind of document in a year: 1, 2, 3, … without gaps. */
    int nextSerial(DocumentKind kind, int year);

    void addDocument(CaseDocument document, int year, int serial);

    List<CaseDocument> documentsOf(UUID caseId);
}
