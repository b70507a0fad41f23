package cn.gov.sucheng.worksafety.training.certificate.application;

import java.time.LocalDate;
import java.util.List;

import cn.gov.sucheng.worksafety.training.certificate.model.Certificate;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateState;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewSchedule;

/** A certificate with its state, review window and allowed actions on the day it is read. */
public record CertificateSummary(Certificate certificate, CertificateState state, LocalDate reviewWindowOpens,
        List<String> allowedActions) {

    public static CertificateSummary of(Certificate c, LocalDate today) {
        return new CertificateSummary(c, c.stateOn(today), ReviewSchedule.windowOpens(c.nextReviewDue()),
                c.allowedActionsOn(today));
    }
}
