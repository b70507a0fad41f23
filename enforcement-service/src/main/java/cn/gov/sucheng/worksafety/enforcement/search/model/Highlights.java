package cn.gov.sucheng.worksafety.enforcement.search.model;

/**
 * Highlighted passages from the character field mark each character of a match on its own
 * ({@code <em>应</em><em>急</em>}); joining marks that touch shows the match as one ({@code <em>应急</em>}).
 */
public final class Highlights {

    private Highlights() {
    }

    public static String joinAdjacent(String passage) {
        return passage.replace("</em><em>", "");
    }
}
