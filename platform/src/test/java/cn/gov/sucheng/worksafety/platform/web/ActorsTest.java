package cn.gov.sucheng.worksafety.platform.web;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorsTest {

    private final Actors actors = new Actors();

    record Action(String actor) implements ActorStatement {
    }

    record Review(String reviewedBy) implements ActorStatement {

        @Override
        public String actor() {
            return reviewedBy;
        }

        @Override
        public String actorField() {
            return "reviewedBy";
        }
    }

    @Test
    void theActorIsTheStatedNameTrimmed() {
        assertThat(actors.of(new Action("  区应急管理局 李明 "))).isEqualTo("区应急管理局 李明");
        assertThat(actors.of(new Review("王科长\t"))).isEqualTo("王科长");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "\t\n" })
    void refusesAMissingOrBlankActorNamingItsField(String name) {
        assertThatThrownBy(() -> actors.of(new Action(name)))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("actor"));
        assertThatThrownBy(() -> actors.of(new Review(name)))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("reviewedBy"));
    }

    @Test
    void anOptionalActorIsEmptyWhenNoneIsStated() {
        assertThat(actors.ifStated(new Action(null))).isEmpty();
        assertThat(actors.ifStated(new Action("  "))).isEmpty();
        assertThat(actors.ifStated(new Action(" 网格员 17 "))).contains("网格员 17");
    }
}
