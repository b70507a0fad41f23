package cn.gov.sucheng.worksafety.training.trainee.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;

/** Where trainees are kept. */
public interface Trainees {

    /** Stores a new trainee; {@code AlreadyExistsException} when a trainee has the same ID number. */
    void add(Trainee trainee, IdNumberVault.Sealed idNumber);

    Optional<Trainee> byId(UUID id);

    List<Trainee> byIds(Collection<UUID> ids);

    Page<Trainee> find(TraineeQuery query, PageRequest page);
}
