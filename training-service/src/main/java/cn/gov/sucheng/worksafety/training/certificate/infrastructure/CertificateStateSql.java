package cn.gov.sucheng.worksafety.training.certificate.infrastructure;

import cn.gov.sucheng.worksafety.training.certificate.model.CertificateState;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewSchedule;

/**
 * {@code Certificate.stateOn} as SQL over the {@code certificate} table, for list filters and coverage figures.
 * Kept beside the model's rule and tested against it.
 */
public final class CertificateStateSql {

    private CertificateStateSql() {
    }

    /**
     * @param c prefix of the certificate table's columns, e.g. {@code ""} or {@code "c."}
     * @param day the parameter holding the day, e.g. {@code ":day"}
     */
    public static String is(CertificateState state, String c, String day) {
        String standing = "(" + c + "revoked_on IS NULL OR " + c + "revoked_on > " + day + ")";
        String windowOpens = "(" + c + "next_review_due - " + (ReviewSchedule.WINDOW_DAYS - 1) + ")";
        return "(" + switch (state) {
            case REVOKED -> c + "revoked_on <= " + day;
            case EXPIRED -> standing + " AND " + c + "valid_until < " + day;
            case OVERDUE -> standing + " AND " + c + "valid_until >= " + day + " AND " + c + "next_review_due < " + day;
            case REVIEW_DUE -> standing + " AND " + c + "next_review_due >= " + day + " AND " + windowOpens + " <= " + day;
            case VALID -> standing + " AND " + windowOpens + " > " + day;
        } + ")";
    }

    /** Valid or in its review window: the holder holds a certificate in force. */
    public static String inForce(String c, String day) {
        return "(" + is(CertificateState.VALID, c, day) + " OR " + is(CertificateState.REVIEW_DUE, c, day) + ")";
    }
}
