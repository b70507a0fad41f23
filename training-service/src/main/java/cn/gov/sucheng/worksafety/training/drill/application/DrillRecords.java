package cn.gov.sucheng.worksafety.training.drill.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.drill.model.Drill;
import cn.gov.sucheng.worksafety.training.enterprise.application.EnterpriseDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the drills of enterprises and departments. */
@Service
public class DrillRecords {

    private final Drills drills;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    public DrillRecords(Drills drills, EnterpriseDirectory enterprises, Clock clock) {
        this.drills = drills;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /**
     * An enterprise's drill needs a registered enterprise (422 otherwise; for a town-level caller, one of its town),
     * asked before anything is written, and is that enterprise's town's. A department's drill recorded by a town-level
     * caller is its town's own (the town's office held it); one recorded by a district-level caller belongs to no town.
     */
    public Drill record(UUID enterpriseId, String department, String planReference, String scenario, LocalDate heldOn,
            int participants, List<String> findings, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Drill drill = Drill.record(UUID.randomUUID(), enterpriseId, department, planReference, scenario, heldOn,
                participants, findings, now.toLocalDate(), actor, now);
        if (enterpriseId != null) {
            drill = drill.heldIn(enterprises.findInScope(enterpriseId)
                    .orElseThrow(() -> new UnprocessableException("enterprise " + enterpriseId + " does not exist"))
                    .town());
        }
        else {
            drill = drill.heldIn(TownScope.current().orElse(null));
        }
        drills.add(drill);
        return drill;
    }

    @Transactional(readOnly = true)
    public Drill get(UUID id) {
        return drills.byId(id).orElseThrow(() -> new NotFoundException("drill", id));
    }

    @Transactional(readOnly = true)
    public Page<Drill> find(UUID enterpriseId, String department, PageRequest page) {
        return drills.find(enterpriseId, department, page);
    }
}
