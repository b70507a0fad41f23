package cn.gov.sucheng.worksafety.platform.web.input;

import org.springframework.format.Parser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Spring's {@code @DateTimeFormat} parsing of query parameters with {@link InputRules#checkTemporal} after it,
 * so that {@code ?activeOn=+9999999-01-01} is a 400 naming the parameter.
 */
public class InputRulesDateFormatterFactory extends Jsr310DateTimeFormatAnnotationFormatterFactory {

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = super.getParser(annotation, fieldType);
        return (text, locale) -> InputRules.checkTemporal(parser.parse(text, locale));
    }
}
