package cn.gov.sucheng.worksafety.platform.paging;

import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void aPageIsTheOneAskedForWithTheTotal() {
        PageRequest request = PageRequest.of(2, 10);

        Page<String> page = Page.of(List.of("a", "b"), request, 22);

        assertThat(page).isEqualTo(new Page<>(List.of("a", "b"), 2, 10, 22));
        assertThat(request.offset()).isEqualTo(20);
    }

    @Test
    void mappingKeepsPositionAndTotal() {
        Page<Integer> lengths = new Page<>(List.of("一", "二三"), 1, 2, 5).map(String::length);

        assertThat(lengths).isEqualTo(new Page<>(List.of(1, 2), 1, 2, 5));
    }

    @Test
    void theFirstPageOfTheDefaultSizeWhenNothingIsAsked() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, Page.DEFAULT_SIZE));
    }

    @Test
    void refusesANegativePageOrASizeOutOfRangeNamingTheParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(0, 0))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("size"));
        assertThatThrownBy(() -> PageRequest.of(0, Page.MAX_SIZE + 1))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("size"));
    }
}
