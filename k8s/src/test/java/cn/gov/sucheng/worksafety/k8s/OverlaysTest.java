package cn.gov.sucheng.worksafety.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay renders with kubectl kustomize, reads as typed models without unknown fields, and fits together. */
class OverlaysTest {

    private static final List<String> APPLICATIONS =
            List.of("gateway", "enterprise-service", "hazard-service", "enforcement-service", "training-service");

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> folders = Files.list(Kustomize.MODULE.resolve("overlays"))) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersReadsAndFitsTogether(String overlay) {
        Validation.Result result = Validation.validate(Kustomize.MODULE, overlay);

        assertThat(result.problems()).as("problems in overlays/" + overlay).isEmpty();
        assertThat(names(result, "Deployment")).containsAll(APPLICATIONS);
        assertThat(names(result, "NetworkPolicy")).contains("default-deny-ingress", "gateway-from-anywhere");
    }

    @Test
    void prodScalesEveryApplicationAndBoundsItsDisruption() {
        Validation.Result prod = Validation.validate(Kustomize.MODULE, "prod");

        assertThat(names(prod, "HorizontalPodAutoscaler")).containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        assertThat(names(prod, "PodDisruptionBudget")).containsAll(APPLICATIONS).contains("nacos");
        assertThat(names(prod, "StatefulSet")).containsExactly("nacos");
    }

    @Test
    void everyListedExternalSecretIsUsedBySomeOverlay() throws IOException {
        Set<String> rendered = new HashSet<>();
        for (String overlay : overlays().toList()) {
            rendered.add(Kustomize.render(Kustomize.MODULE.resolve("overlays").resolve(overlay)));
        }
        for (String secret : Validation.externalSecrets(Kustomize.MODULE)) {
            assertThat(rendered).as(secret + " is listed as external").anyMatch(yaml -> yaml.contains("name: " + secret + "\n"));
        }
    }

    private static List<String> names(Validation.Result result, String kind) {
        return result.resources().stream().filter(r -> r.getKind().equals(kind))
                .map(HasMetadata::getMetadata).map(m -> m.getName()).toList();
    }
}
