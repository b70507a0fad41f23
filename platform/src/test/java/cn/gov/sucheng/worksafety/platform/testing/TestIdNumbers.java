package cn.gov.sucheng.worksafety.platform.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Resident ID numbers (GB 11643) for tests, with the check character the tests compute themselves. */
public final class TestIdNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private TestIdNumbers() {
    }

    /** A random valid ID number of Sucheng (321302), born in the 1980s. */
    public static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return withCheck(String.format("321302198%d%02d%02d%03d", r.nextInt(10), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(1000)));
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    /** The first 17 characters followed by their check character. */
    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /** How the API shows it: the first four and the last four characters. */
    public static String masked(String idNumber) {
        return idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
    }
}
