package cn.gov.sucheng.worksafety.es.smartcn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class SmartcnAnalysisPluginTest {

    private static final String TEXT = "重大事故隐患排查治理";

    @Test
    void registersTheOfficialPluginsNames() {
        SmartcnAnalysisPlugin plugin = new SmartcnAnalysisPlugin();
        assertEquals(List.of("smartcn"), List.copyOf(plugin.getAnalyzers().keySet()));
        assertEquals(List.of("smartcn_tokenizer"), List.copyOf(plugin.getTokenizers().keySet()));
    }

    @Test
    void analyzerSegmentsChineseIntoWords() throws IOException {
        // IndexSettings and Environment are unused by the provider, which keeps this test free of a node.
        Analyzer analyzer = new SmartcnAnalyzerProvider(null, null, "smartcn", Settings.EMPTY).get();
        List<String> tokens = terms(analyzer.tokenStream("f", TEXT));
        assertTrue(tokens.containsAll(List.of("重大", "事故", "隐患", "排查", "治理")), tokens::toString);
    }

    @Test
    void tokenizerSegmentsChineseIntoWords() throws IOException {
        Tokenizer tokenizer = new SmartcnTokenizerFactory(null, null, "smartcn_tokenizer", Settings.EMPTY).create();
        tokenizer.setReader(new java.io.StringReader(TEXT));
        List<String> tokens = terms(tokenizer);
        assertTrue(tokens.containsAll(List.of("事故", "隐患")), tokens::toString);
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
