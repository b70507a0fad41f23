package cn.gov.sucheng.worksafety.enterprise.registry.model;

/** Credit codes for tests: valid ones built from their first 17 characters, and broken variants. */
final class Codes {

    private Codes() {
    }

    static CreditCode valid(String first17) {
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    static CreditCode wrongCheckCharacter(String first17) {
        char right = CreditCode.checkCharacter(first17);
        return CreditCode.ofFormat(first17 + (right == '0' ? '1' : '0'));
    }
}
