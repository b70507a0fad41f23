package cn.gov.sucheng.worksafety.training.trainee.infrastructure;

import cn.gov.sucheng.worksafety.platform.security.TownScope;

/**
 * What is built on a person (a certificate, an exam result) belongs to the person's town: the SQL condition that
 * keeps a town-level caller (TownScope) to its own town's, with {@link TownScope#PARAMETER} bound to
 * {@link TownScope#parameterValue()}. Internal work and gRPC have no town and see all.
 */
public final class TraineeTownScope {

    private TraineeTownScope() {
    }

    /** The condition for rows whose person {@code traineeIdColumn} names, e.g. {@code "exam_result.trainee_id"}. */
    public static String of(String traineeIdColumn) {
        return TownScope.sqlPredicateThrough("trainee", traineeIdColumn);
    }
}
