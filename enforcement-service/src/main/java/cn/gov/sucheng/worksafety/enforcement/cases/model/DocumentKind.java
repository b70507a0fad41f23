package cn.gov.sucheng.worksafety.enforcement.cases.model;

/** Documents issued in a case, each numbered per year and kind ("宿城应急罚〔2025〕17号"). */
public enum DocumentKind {
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
