package cn.gov.sucheng.worksafety.training.trainee.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.training.enterprise.application.EnterpriseDirectory.EnterpriseFacts;
import cn.gov.sucheng.worksafety.training.trainee.model.IdNumber;
import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;
import cn.gov.sucheng.worksafety.training.trainee.model.NewTrainee;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the people whose training and certificates are supervised, and finds them. */
@Service
public class TraineeRegister {

    private final Trainees trainees;
    private final IdNumberVault vault;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    public TraineeRegister(Trainees trainees, IdNumberVault vault, EnterpriseDirectory enterprises, Clock clock) {
        this.trainees = trainees;
        this.vault = vault;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The registry is asked before the transaction starts, so no connection waits on it; a town-level caller
     * registers people of its own town's enterprises only.
     */
    public Trainee register(NewTrainee request) {
        EnterpriseFacts enterprise = enterprises.findInScope(request.enterpriseId()).orElseThrow(
                () -> new UnprocessableException("enterprise " + request.enterpriseId() + " does not exist"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Trainee trainee = new Trainee(UUID.randomUUID(), request.name(), request.idNumber().masked(),
                enterprise.id(), enterprise.name(), enterprise.town(), enterprise.industryArea(), request.keyPost(),
                request.highRiskTrade(), 0, now, now);
        trainees.add(trainee, vault.seal(request.idNumber()));
        return trainee;
    }

    @Transactional(readOnly = true)
    public Trainee get(UUID id) {
        return trainees.byId(id).orElseThrow(() -> new NotFoundException("trainee", id));
    }

    @Transactional(readOnly = true)
    public Page<Trainee> find(UUID enterpriseId, KeyPost keyPost, String town, IdNumber idNumber, PageRequest page) {
        return trainees.find(new TraineeQuery(enterpriseId, keyPost, town,
                idNumber == null ? null : vault.fingerprint(idNumber)), page);
    }
}
