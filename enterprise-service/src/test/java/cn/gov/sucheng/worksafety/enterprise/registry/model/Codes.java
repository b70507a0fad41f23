package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.util.List;
import java.util.Random;

/**
 * The one table of credit-code test vectors, and codes for tests built without the production check.
 *
 * <p>Valid codes come from two sources that do not depend on {@link CreditCode}: codes published by real
 * registered organisations, and {@link #checkCharacter}, an implementation of GB 32100-2015 written apart
 * from production's (Horner evaluation of the powers of 3 and a search for the character that makes the
 * whole code sum to 0 mod 31, instead of a weight table and "31 − sum mod 31").
 */
public final class Codes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Published codes. Each is printed on the holder's business licence and shown by the national enterprise
     * credit publicity system (国家企业信用信息公示系统, www.gsxt.gov.cn); the listed companies also print
     * theirs in their annual reports. Every one passes {@link #checkCharacter}.
     */
    public static final List<Published> PUBLISHED = List.of(
            new Published("91310110666007217T", "the check-character example of the suite's domain reference",
                    "reference/DOMAIN.md"),
            new Published("914403001922038216", "华为技术有限公司 (Huawei Technologies Co., Ltd.)", "gsxt.gov.cn"),
            new Published("91440300708461136T", "深圳市腾讯计算机系统有限公司 (Tencent)", "gsxt.gov.cn"),
            new Published("91330100799655058B", "阿里巴巴（中国）有限公司 (Alibaba China)", "gsxt.gov.cn"),
            new Published("91110000802100433B", "北京百度网讯科技有限公司 (Baidu)", "gsxt.gov.cn"),
            new Published("91110108558521630L", "小米通讯技术有限公司 (Xiaomi Communications)", "gsxt.gov.cn"),
            new Published("911100007109250324", "中国移动通信集团有限公司 (China Mobile Communications Group)",
                    "gsxt.gov.cn"),
            new Published("91110000710926094P", "中国石油化工股份有限公司 (Sinopec Corp.)", "gsxt.gov.cn, annual report"),
            new Published("91110000710925462X", "中国石油天然气股份有限公司 (PetroChina)", "gsxt.gov.cn, annual report"),
            new Published("91100000100003962T", "中国工商银行股份有限公司 (ICBC)", "gsxt.gov.cn, annual report"),
            new Published("91440300192317458F", "比亚迪股份有限公司 (BYD)", "gsxt.gov.cn, annual report"),
            new Published("91440300192181490G", "万科企业股份有限公司 (China Vanke)", "gsxt.gov.cn, annual report"),
            new Published("91350900587527783P", "宁德时代新能源科技股份有限公司 (CATL)", "gsxt.gov.cn, annual report"));

    private Codes() {
    }

    /**
     * The check character of {@code first17} by GB 32100-2015, computed independently of production: the
     * 18th character is the one whose value c makes Σ vᵢ·3^(i−1) + c ≡ 0 (mod 31).
     */
    public static char checkCharacter(String first17) {
        int sum = 0;
        // Horner from the last position: v1 + 3·(v2 + 3·(v3 + …)), reduced mod 31 at every step.
        for (int i = 16; i >= 0; i--) {
            sum = (sum * 3 + value(first17.charAt(i))) % 31;
        }
        for (char c : ALPHABET.toCharArray()) {
            if ((sum + value(c)) % 31 == 0) {
                return c;
            }
        }
        throw new AssertionError("no check character for " + first17);
    }

    /** A valid code: {@code first17} and its independently computed check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** A fresh valid code of {@code division} (6 digits) with a random body, for a registration. */
    public static String random(String division, Random random) {
        StringBuilder first17 = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return withCheckCharacter(first17.toString());
    }

    static CreditCode valid(String first17) {
        return CreditCode.parse(withCheckCharacter(first17));
    }

    static CreditCode wrongCheckCharacter(String first17) {
        char right = checkCharacter(first17);
        return CreditCode.ofFormat(first17 + (right == '0' ? '1' : '0'));
    }

    private static int value(char c) {
        int v = ALPHABET.indexOf(c);
        if (v < 0) {
            throw new IllegalArgumentException("'" + c + "' is not in the code alphabet");
        }
        return v;
    }

    /**
     * A code published by the organisation it belongs to.
     *
     * @param holder who it belongs to
     * @param publishedIn where it can be looked up
     */
    public record Published(String code, String holder, String publishedIn) {

        @Override
        public String toString() {
            return code + " " + holder;
        }
    }
}
