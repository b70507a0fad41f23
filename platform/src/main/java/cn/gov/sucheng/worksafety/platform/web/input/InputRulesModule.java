package cn.gov.sucheng.worksafety.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link InputRules} to every string and date of every JSON body, wherever it sits (top level, nested,
 * in a list), by wrapping Jackson's own deserializers; a refused value fails the read with a
 * {@link RefusedValue} whose path names the field. A date is an ISO-8601 string: Jackson would read a bare number
 * as days or seconds since 1970, which no client means and the published schema does not allow.
 */
public class InputRulesModule extends SimpleModule {

    private static final Set<Class<?>> CHECKED = Set.of(String.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    public InputRulesModule() {
        super("worksafety-input-rules");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return CHECKED.contains(type) ? new Checked(deserializer, type) : deserializer;
            }
        });
    }

    /** A JSON value that parsed but breaks one of the {@link InputRules}. */
    public static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (type != String.class && parser.currentToken() != null && parser.currentToken().isNumeric()) {
                throw new RefusedValue(parser, "must be an ISO-8601 date or date-time string, not a number");
            }
            // Jackson reads "2026-06-16T23:30:00Z" as the day in UTC, a day early in China: a date is a date.
            if (type == LocalDate.class && parser.currentToken() == JsonToken.VALUE_STRING
                    && parser.getString().indexOf('T') >= 0) {
                throw new RefusedValue(parser, "must be an ISO-8601 date (yyyy-MM-dd), not a date-time");
            }
            Object value = super.deserialize(parser, context);
            try {
                return value instanceof String text ? InputRules.checkText(text) : InputRules.checkTemporal(value);
            }
            catch (InputRules.RefusedInput ex) {
                throw new RefusedValue(parser, ex.getMessage());
            }
        }
    }
}
