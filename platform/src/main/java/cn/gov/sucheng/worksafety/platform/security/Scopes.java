package cn.gov.sucheng.worksafety.platform.security;

import java.util.List;

/**
 * The suite's OAuth2 scopes: read and write per domain, {@code sync} for the provincial system, {@code admin}
 * for operations. Which route and method needs which is the gateway's table (gateway's ScopeRules).
 */
public final class Scopes {

    public static final List<String> DOMAINS = List.of("enterprise", "hazard", "enforcement", "training");
    public static final String SYNC = "sync";
    public static final String ADMIN = "admin";

    private Scopes() {
    }

    public static String read(String domain) {
        return domain + ":read";
    }

    public static String write(String domain) {
        return domain + ":write";
    }

    /** Every scope there is: what the tests' default caller holds. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>();
        DOMAINS.forEach(d -> {
            all.add(read(d));
            all.add(write(d));
        });
        all.add(SYNC);
        all.add(ADMIN);
        return List.copyOf(all);
    }
}
