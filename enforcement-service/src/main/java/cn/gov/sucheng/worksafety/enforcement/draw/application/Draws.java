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

    List<InspectionPlan> plans(Integer year);

    void add(Draw draw, Map<String, String> enterpriseNames);

    Optional<Draw> byId(UUID id);

    List<Draw> ofPlan(UUID planId);

    /** For each enterprise, the officers of its latest draw. */
    Map<String, List<String>> lastOfficers(Collection<String> enterpriseIds);

    /** The most recent draws, newest first (for publication). */
    List<Draw> recent(int limit);
}
