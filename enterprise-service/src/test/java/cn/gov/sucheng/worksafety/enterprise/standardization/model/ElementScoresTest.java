package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElementScoresTest {

    static Map<Element, Integer> all(int score) {
        Map<Element, Integer> scores = new EnumMap<>(Element.class);
        for (Element element : Element.values()) {
            scores.put(element, score);
        }
        return scores;
    }

    @Test
    void totalsTheEightScores() {
        Map<Element, Integer> scores = all(90);
        scores.put(Element.ACCIDENT_MANAGEMENT, 100);
        scores.put(Element.CONTINUOUS_IMPROVEMENT, 0);

        ElementScores elementScores = new ElementScores(scores);

        assertThat(elementScores.total()).isEqualTo(6 * 90 + 100);
        assertThat(elementScores.of(Element.ACCIDENT_MANAGEMENT)).isEqualTo(100);
        assertThat(new ElementScores(all(100)).total()).isEqualTo(800);
    }

    @Test
    void requiresAllEightElementsAndNamesTheMissingOnes() {
        Map<Element, Integer> scores = all(80);
        scores.remove(Element.EMERGENCY_MANAGEMENT);
        scores.remove(Element.GOALS_AND_DUTIES);

        assertThatThrownBy(() -> new ElementScores(scores)).isInstanceOfSatisfying(InvalidException.class, p -> {
            assertThat(p.field()).isEqualTo("elementScores");
            assertThat(p.getMessage()).contains("GOALS_AND_DUTIES, EMERGENCY_MANAGEMENT");
        });
        assertThatThrownBy(() -> new ElementScores(null)).isInstanceOf(InvalidException.class);
    }

    @Test
    void keepsEachScoreBetweenZeroAndHundred() {
        for (int wrong : new int[] { -1, 101 }) {
            Map<Element, Integer> scores = all(80);
            scores.put(Element.ON_SITE_MANAGEMENT, wrong);

            assertThatThrownBy(() -> new ElementScores(scores)).isInstanceOfSatisfying(InvalidException.class,
                    p -> assertThat(p.field()).isEqualTo("elementScores.ON_SITE_MANAGEMENT"));
        }
        Map<Element, Integer> withNull = new HashMap<>(all(80));
        withNull.put(Element.EDUCATION_AND_TRAINING, null);
        assertThatThrownBy(() -> new ElementScores(withNull)).isInstanceOfSatisfying(InvalidException.class,
                p -> assertThat(p.field()).isEqualTo("elementScores.EDUCATION_AND_TRAINING"));
    }

    @Test
    void cannotBeChangedAfterwards() {
        Map<Element, Integer> scores = all(70);
        ElementScores elementScores = new ElementScores(scores);
        scores.put(Element.ON_SITE_MANAGEMENT, 0);

        assertThat(elementScores.of(Element.ON_SITE_MANAGEMENT)).isEqualTo(70);
        assertThatThrownBy(() -> elementScores.scores().put(Element.ON_SITE_MANAGEMENT, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
