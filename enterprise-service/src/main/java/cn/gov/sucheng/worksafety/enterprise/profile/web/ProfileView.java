package cn.gov.sucheng.worksafety.enterprise.profile.web;

import java.util.ArrayList;
import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.profile.model.EnterpriseProfile;
import cn.gov.sucheng.worksafety.enterprise.profile.model.HazardFigures;
import cn.gov.sucheng.worksafety.enterprise.profile.model.ProfilePart;
import cn.gov.sucheng.worksafety.enterprise.registry.web.EnterpriseView;

/**
 * The profile as the REST API shows it.
 *
 * @param missing the parts that are not in this answer, for a client that only checks one field
 */
public record ProfileView(
        EnterpriseView enterprise,
        ProfilePart<HazardFigures> hazards,
        ProfilePart<Object> enforcement,
        ProfilePart<Object> training,
        List<String> missing) {

    static ProfileView of(EnterpriseProfile p) {
        List<String> missing = new ArrayList<>();
        if (!p.hazards().available()) {
            missing.add("hazards");
        }
        if (!p.enforcement().available()) {
            missing.add("enforcement");
        }
        if (!p.training().available()) {
            missing.add("training");
        }
        return new ProfileView(EnterpriseView.of(p.enterprise()), p.hazards(), p.enforcement(), p.training(),
                List.copyOf(missing));
    }
}
