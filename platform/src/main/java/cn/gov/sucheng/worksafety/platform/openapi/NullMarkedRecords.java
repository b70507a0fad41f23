package cn.gov.sucheng.worksafety.platform.openapi;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Nullness;

/**
 * The members of a {@code @NullMarked} record are required in its schema, except those declared {@code @Nullable}.
 * The services answer with {@code non_null} inclusion, so a member that is never null is always present: saying so
 * lets a client generated from the document in another language type it as present rather than optional.
 * <p>
 * Only records that opt in with JSpecify's {@code @NullMarked} (on the record, an enclosing class or the package)
 * are touched: the answers' records declare their nullness; request bodies keep the {@code required} their Bean
 * Validation constraints give them, since a member a client may leave out is not {@code @Nullable} there.
 */
final class NullMarkedRecords implements ModelConverter {

    @Override
    public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
            Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || !raw.isRecord() || !nullMarked(raw)) {
            return resolved;
        }
        Schema<?> model = definition(resolved, context);
        if (model != null && model.getProperties() != null) {
            markRequired(raw, model);
        }
        return resolved;
    }

    private static @Nullable Schema<?> definition(Schema<?> resolved, ModelConverterContext context) {
        if (resolved.get$ref() == null) {
            return resolved;
        }
        String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
        return context.getDefinedModels().get(name);
    }

    @SuppressWarnings("rawtypes")
    private static void markRequired(Class<?> record, Schema<?> model) {
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            // In a marked scope only an explicit @Nullable makes a member optional (the scope is ours to find:
            // Nullness does not look at enclosing classes)
            boolean required = component.getType().isPrimitive()
                    || Nullness.forMethodReturnType(component.getAccessor()) != Nullness.NULLABLE;
            if (required && properties.containsKey(name)
                    && (model.getRequired() == null || !model.getRequired().contains(name))) {
                model.addRequiredItem(name);
            }
        }
    }

    /** JSpecify's scope: the record, then each enclosing class, then the package, the nearest marking winning. */
    static boolean nullMarked(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Boolean marked = marking(c);
            if (marked != null) {
                return marked;
            }
        }
        Boolean marked = marking(type.getPackage());
        return marked != null && marked;
    }

    private static @Nullable Boolean marking(@Nullable AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(NullUnmarked.class)) {
            return false;
        }
        return element.isAnnotationPresent(NullMarked.class) ? true : null;
    }
}
