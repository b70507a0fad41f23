package cn.gov.sucheng.worksafety.platform.domain;

/** Optional text as the suite stores and filters it. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text without surrounding white space, or null when there is none: an optional field or filter sent
     * blank is not given. Unicode white space counts, the ideographic space (U+3000) of Chinese input included.
     */
    public static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
