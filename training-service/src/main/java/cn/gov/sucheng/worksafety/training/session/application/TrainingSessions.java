package cn.gov.sucheng.worksafety.training.session.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.session.model.TrainingSession;

/** Where sessions and their attendance are kept. */
public interface TrainingSessions {

    void add(TrainingSession session);

    Optional<TrainingSession> byId(UUID id);

    /** Sessions, the latest first; with {@code traineeId}, only those the trainee attended. */
    Page<TrainingSession> find(UUID traineeId, UUID enterpriseId, PageRequest page);

    /** Per trainee: initial hours ever, and refresher hours in {@code year}. */
    Map<UUID, Hours> hoursOf(Collection<UUID> traineeIds, int year);

    record Hours(int initial, int refresherInYear) {
    }
}
