package cn.gov.sucheng.worksafety.es.smartcn;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Lucene's Smart Chinese analysis under the names Elastic's official analysis-smartcn plugin uses, so the same
 * index mappings work here (integ-test distribution, which has no Chinese analysis) and in production.
 */
public class SmartcnAnalysisPlugin extends Plugin implements AnalysisPlugin {

    public static final String ANALYZER = "smartcn";
    public static final String TOKENIZER = "smartcn_tokenizer";

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(TOKENIZER, SmartcnTokenizerFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(ANALYZER, SmartcnAnalyzerProvider::new);
    }
}
