package cn.gov.sucheng.worksafety.enforcement.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseDocument;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseAction;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseState;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CreditOutcome;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.cases.model.EnforcementCase;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A case as the API shows it, with the actions its state allows and its documents. */
@NullMarked
public record CaseView(UUID id, UUID enterpriseId, @Nullable String town, @Nullable UUID inspectionId,
        String violationType, boolean major, String summary, CaseState state, Set<CaseAction> allowedActions,
        LocalDate filedOn, LocalDate deadline, boolean extended, @Nullable BigDecimal fine,
        @Nullable CreditOutcome creditOutcome, List<DocumentView> documents, long version) {

    /** Named apart from the documents' own view: springdoc keys schemas by simple class name. */
    @Schema(name = "CaseDocumentView")
    @NullMarked
    public record DocumentView(DocumentKind kind, String number, LocalDate issuedOn) {
    }

    static CaseView of(EnforcementCase c, List<CaseDocument> documents) {
        return new CaseView(c.id(), c.enterpriseId(), c.town(), c.inspectionId(), c.violationType(), c.major(), c.summary(),
                c.state(), c.allowedActions(), c.filedOn(), c.deadline(), c.extended(), c.fine(), c.creditOutcome(),
                documents.stream().map(d -> new DocumentView(d.kind(), d.number(), d.issuedOn())).toList(), c.version());
    }
}
