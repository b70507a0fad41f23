package cn.gov.sucheng.worksafety.enterprise.credit.model;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind.BLACKLIST;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind.CLOSURE_ORDER;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind.SUSPENSION_ORDER;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource.ENFORCEMENT_CASE;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource.MANUAL;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource.PROVINCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewCreditEventTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2024, 6, 1);

    static NewCreditEvent manual(CreditEventKind kind, String sourceCase, LocalDate start, LocalDate end) {
        return new NewCreditEvent(ENTERPRISE, kind, MANUAL, null, "拒不执行执法决定", sourceCase, start, end, "王敏");
    }

    static void assertRefused(Runnable construction, String field) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidException.class,
                ex -> assertThat(ex.field()).isEqualTo(field));
    }

    @Test
    void acceptsABlacklistEntryWithOrWithoutAnEnd() {
        assertThat(manual(BLACKLIST, "宿城应急罚〔2024〕17号", START, START.plusYears(3)).endDate())
                .isEqualTo(START.plusYears(3));
        assertThat(manual(BLACKLIST, "宿城应急罚〔2024〕17号", START, null).endDate()).isNull();
    }

    @Test
    void refusesAnEndOnOrBeforeTheStartNamingEndDate() {
        assertRefused(() -> manual(BLACKLIST, "case-1", START, START), "endDate");
        assertRefused(() -> manual(BLACKLIST, "case-1", START, START.minusDays(1)), "endDate");
        assertThat(manual(BLACKLIST, "case-1", START, START.plusDays(1)).endDate()).isEqualTo(START.plusDays(1));
    }

    @Test
    void aClosureHasNoEndAndASuspensionNeedsOne() {
        assertRefused(() -> manual(CLOSURE_ORDER, null, START, START.plusYears(1)), "endDate");
        assertThat(manual(CLOSURE_ORDER, null, START, null).kind()).isEqualTo(CLOSURE_ORDER);
        assertRefused(() -> manual(SUSPENSION_ORDER, null, START, null), "endDate");
        assertThat(manual(SUSPENSION_ORDER, null, START, START.plusMonths(3)).kind()).isEqualTo(SUSPENSION_ORDER);
    }

    @Test
    void aBlacklistEntryAndEveryEnforcementOutcomeNameTheirCase() {
        assertRefused(() -> manual(BLACKLIST, "  ", START, null), "sourceCase");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, ENFORCEMENT_CASE, "decision-1", "关闭",
                null, START, null, null), "sourceCase");
    }

    @Test
    void anEnforcementOutcomeCarriesItsKeyAndStaffAreNamed() {
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, ENFORCEMENT_CASE, " ", "关闭", "case-1",
                START, null, null), "outcomeId");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, MANUAL, null, "关闭", null, START, null,
                ""), "recordedBy");
        assertThat(new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, PROVINCIAL, null, "关闭", null, START, null, null)
                .recordedBy()).isNull();
    }

    @Test
    void namesEachMissingRequiredPart() {
        assertRefused(() -> new NewCreditEvent(null, CLOSURE_ORDER, MANUAL, null, "r", null, START, null, "王敏"),
                "enterpriseId");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, null, MANUAL, null, "r", null, START, null, "王敏"), "kind");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, null, null, "r", null, START, null, "王敏"),
                "source");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, MANUAL, null, " ", null, START, null, "王敏"),
                "reason");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, MANUAL, null, "r", null, null, null, "王敏"),
                "startDate");
    }

    @Test
    void trimsTextsAndRefusesOversizedOnes() {
        NewCreditEvent event = new NewCreditEvent(ENTERPRISE, BLACKLIST, MANUAL, null, "  拒不整改 ", " case-1 ", START,
                null, " 王敏 ");
        assertThat(event.reason()).isEqualTo("拒不整改");
        assertThat(event.sourceCase()).isEqualTo("case-1");
        assertThat(event.recordedBy()).isEqualTo("王敏");

        assertRefused(() -> manual(BLACKLIST, "x".repeat(101), START, null), "sourceCase");
        assertRefused(() -> new NewCreditEvent(ENTERPRISE, CLOSURE_ORDER, MANUAL, null, "因".repeat(501), null, START,
                null, "王敏"), "reason");
    }
}
