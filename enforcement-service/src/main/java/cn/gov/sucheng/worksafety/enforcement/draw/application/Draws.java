package cn.gov.sucheng.worksafety.enforcement.draw.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.model.Draw;
import cn.gov.sucheng.worksafety.enforcement.draw.model.InspectionPlan;

/** Where plans and draws are kept. */
public interface Draws {

    void addPlan(InspectionPlan plan);

    Optional<InspectionPlan> plan(UUID id);

    /** The plan, locked until the transaction ends: revisions and draws of one plan take turns. */
    Optional<InspectionPlan> lockPlan(UUID id);

    void updatePlan(InspectionPlan plan);

    /** Inspection days the plan's draws have committed: one per officer drawn for an enterprise. */
    int drawnDays(UUID planId);

    List<InspectionPlan> plans(Integer year);

    void add(Draw draw, Map<String, String> enterpriseNames);

    Optional<Draw> byId(UUID id);

    /** The plan's draws within the caller's data scope: a town-level caller's are those made for its town. */
    List<Draw> ofPlan(UUID planId);

    /** For each enterprise, the officers of its latest draw. */
    Map<String, List<String>> lastOfficers(Collection<String> enterpriseIds);

    /** The most recent draws, newest first (for publication). */
    List<Draw> recent(int limit);
}
