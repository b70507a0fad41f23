package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * The evaluation's score for each of the eight elements, 0–100 each. All eight are required: a grading
 * with an element left out was not evaluated to the standard.
 */
public record ElementScores(Map<Element, Integer> scores) {

    static final String FIELD = "elementScores";

    public ElementScores {
        if (scores == null) {
            throw new InvalidException(FIELD, FIELD + " is required");
        }
        Set<Element> missing = EnumSet.allOf(Element.class);
        missing.removeAll(scores.keySet());
        if (!missing.isEmpty()) {
            throw new InvalidException(FIELD, FIELD + " must score all eight elements; missing "
                    + missing.stream().map(Element::name).collect(Collectors.joining(", ")));
        }
        for (Map.Entry<Element, Integer> score : scores.entrySet()) {
            Integer value = score.getValue();
            if (value == null || value < 0 || value > 100) {
                throw new InvalidException(FIELD + "." + score.getKey(),
                        FIELD + "." + score.getKey() + " must be between 0 and 100");
            }
        }
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    public int of(Element element) {
        return scores.get(element);
    }

    /** The sum of the eight scores, 0–800. */
    public int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }
}
