package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;

/**
 * Registration bodies for the registry's ITs. Codes are random and towns unique per test, so tests find
 * their own enterprises without wiping the table other features' tests share.
 */
final class Registrations {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Registrations() {
    }

    /** A valid code of Sucheng District (321302) that no other test uses. */
    static String newCode() {
        return newCode("321302");
    }

    static String newCode(String division) {
        StringBuilder first17 = new StringBuilder("91").append(division);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return first17.toString() + Codes.checkCharacter(first17.toString());
    }

    /** {@code code} with its check character replaced by a wrong one. */
    static String withWrongCheckCharacter(String code) {
        return code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    }

    /** A town name no other test uses. */
    static String newTown() {
        return "测试镇" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static Map<String, Object> enterprise(String code, String name, String town, String area) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", code);
        body.put("name", name);
        body.put("town", town);
        body.put("industryArea", area);
        return body;
    }

    static String json(Map<String, Object> body) {
        return JsonHttp.json(body);
    }
}
