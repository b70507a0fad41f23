package cn.gov.sucheng.worksafety.platform.openapi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("rawtypes")
class NullMarkedRecordsTest {

    @NullMarked
    record Answer(String id, @Nullable String note, long version, List<String> tags, Inner inner) {
    }

    @NullMarked
    record Inner(@Nullable LocalDate due, boolean done, String by) {
    }

    record Unmarked(String id, long version, boolean done) {
    }

    record Request(@NotBlank String name, @Nullable String note, int count) {
    }

    @NullMarked
    record Wrapper<T>(List<T> items, long total, @Nullable T first) {
    }

    @NullMarked
    static final class Scope {

        record Marked(String id) {
        }

        @NullUnmarked
        record Opted(String id) {
        }
    }

    private static Map<String, Schema> schemas(java.lang.reflect.Type type) {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new NullMarkedRecords());
        return converters.readAll(new AnnotatedType(type));
    }

    @Test
    void aNullMarkedRecordRequiresEveryMemberButItsNullableOnesAndSoDoTheRecordsItHolds() {
        Map<String, Schema> schemas = schemas(Answer.class);

        assertThat(schemas.get("Answer").getRequired()).containsExactlyInAnyOrder("id", "version", "tags", "inner");
        assertThat(schemas.get("Inner").getRequired()).containsExactlyInAnyOrder("done", "by");
    }

    @Test
    void anUnmarkedRecordRequiresNothingNotEvenItsPrimitives() {
        assertThat(schemas(Unmarked.class).get("Unmarked").getRequired()).isNullOrEmpty();
    }

    @Test
    void anUnmarkedRequestBodyKeepsWhatItsConstraintsRequireAndNoMore() {
        assertThat(schemas(Request.class).get("Request").getRequired()).containsExactly("name");
    }

    @Test
    void aGenericRecordIsMarkedForEachTypeItIsUsedWith() {
        Map<String, Schema> schemas = schemas(
                TypeFactory.defaultInstance().constructParametricType(Wrapper.class, Inner.class));

        assertThat(schemas.get("WrapperInner").getRequired()).containsExactlyInAnyOrder("items", "total");
        assertThat(schemas.get("Inner").getRequired()).containsExactlyInAnyOrder("done", "by");
    }

    @Test
    void theNearestMarkingWinsAnEnclosingClassMarksItsRecordsUnlessOneOptsOut() {
        assertThat(NullMarkedRecords.nullMarked(Scope.Marked.class)).isTrue();
        assertThat(NullMarkedRecords.nullMarked(Scope.Opted.class)).isFalse();
        assertThat(NullMarkedRecords.nullMarked(Unmarked.class)).isFalse();
        assertThat(schemas(Scope.Marked.class).get("Marked").getRequired()).containsExactly("id");
    }
}
