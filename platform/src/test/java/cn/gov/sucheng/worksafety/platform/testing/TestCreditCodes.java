package cn.gov.sucheng.worksafety.platform.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unified social credit codes (GB 32100) for tests that call the suite from outside, with the check character the
 * tests compute themselves: a fresh code each run, so no run depends on what an earlier one registered.
 */
public final class TestCreditCodes {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private TestCreditCodes() {
    }

    /** A random valid code of a company (91) registered in Shanghai's Yangpu district (310110), not the district's. */
    public static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder first17 = new StringBuilder("91310110");
        for (int i = 0; i < 9; i++) {
            first17.append(CHARACTERS.charAt(r.nextInt(CHARACTERS.length())));
        }
        return withCheck(first17.toString());
    }

    /** The first 17 characters followed by their check character. */
    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
