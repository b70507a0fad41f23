package cn.gov.sucheng.worksafety.enterprise.profile.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.NullMarked;

/**
 * What training-service knows of an enterprise's people on a day: key-post coverage (the plan's target is every
 * key-post holder with a valid certificate and every high-risk worker trained and assessed) and the certificates
 * in their review window or overdue, the earliest due first.
 *
 * @param keyPostCertifiedShare certified key-post holders over all of them, 0..1 (1 when there are none)
 * @param highRiskTrainedShare high-risk workers trained and assessed over all of them, 0..1 (1 when there are none)
 * @param meetsTarget every key-post holder certified and every high-risk worker trained and assessed
 */
@NullMarked
public record TrainingFigures(LocalDate asOf, long keyPostHolders, long keyPostHoldersCertified,
        double keyPostCertifiedShare, long highRiskWorkers, long highRiskWorkersTrainedAndAssessed,
        double highRiskTrainedShare, boolean meetsTarget, List<CertificateDue> certificatesDue) {

    public static TrainingFigures of(LocalDate asOf, long keyPostHolders, long keyPostHoldersCertified,
            long highRiskWorkers, long highRiskWorkersTrainedAndAssessed, List<CertificateDue> certificatesDue) {
        return new TrainingFigures(asOf, keyPostHolders, keyPostHoldersCertified,
                share(keyPostHoldersCertified, keyPostHolders), highRiskWorkers, highRiskWorkersTrainedAndAssessed,
                share(highRiskWorkersTrainedAndAssessed, highRiskWorkers),
                keyPostHoldersCertified == keyPostHolders && highRiskWorkersTrainedAndAssessed == highRiskWorkers,
                List.copyOf(certificatesDue));
    }

    // Nobody to cover means nothing is missing.
    private static double share(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    /**
     * @param state REVIEW_DUE (in its 60-day application window) or OVERDUE
     */
    @NullMarked
    public record CertificateDue(String certificateId, String number, String holderName, String kind, String state,
            LocalDate reviewDueOn, LocalDate validUntil) {
    }
}
