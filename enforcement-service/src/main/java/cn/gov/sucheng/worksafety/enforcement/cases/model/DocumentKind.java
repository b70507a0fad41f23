package cn.gov.sucheng.worksafety.enforcement.cases.model;

/** Enforcement documents, each numbered per year and kind ("宿城应急罚〔2025〕17号"). */
public enum DocumentKind {
    /** 责令限期整改指令书, issued from an inspection or a case */
    ORDER_TO_CORRECT("宿城应急责改"),
    /** 整改复查意见书, issued on re-inspecting what an order to correct required */
    REINSPECTION_OPINION("宿城应急复查"),
    /** 行政处罚告知书, issued with NOTIFY */
    PENALTY_NOTICE("宿城应急告"),
    /** 行政处罚决定书, issued with DECIDE */
    PENALTY_DECISION("宿城应急罚");

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    public String number(int year, int serial) {
        return prefix + "〔" + year + "〕" + serial + "号";
    }
}
