package cn.gov.sucheng.worksafety.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation catches what it is for: errors planted into a copy of the manifests. */
class PlantedErrorsTest {

    @TempDir
    Path copy;

    @Test
    void catchesAMisspelledFieldAWrongTypeAndADanglingReference() throws IOException {
        copyManifests();
        Path hazard = copy.resolve("base/hazard-service.yaml");
        plant(hazard, "          readinessProbe:\n", "          readinesProbe:\n");
        plant(hazard, "                  name: hazard-db-app\n                  key: password\n",
                "                  name: hazard-db-ap\n                  key: password\n");
        plant(copy.resolve("base/training-service.yaml"), "            failureThreshold: 36\n",
                "            failureThreshold: thirty-six\n");
        plant(copy.resolve("dependencies/postgres/enforcement-db.yaml"), "  instances: 1\n", "  instance: 1\n");

        List<String> problems = Validation.validate(copy, "prod").problems();

        assertThat(problems).anyMatch(p -> p.startsWith("Deployment/hazard-service.spec.template.spec.containers[0].readinesProbe: unknown field"));
        assertThat(problems).anyMatch(p -> p.startsWith("Deployment/hazard-service container app: Secret hazard-db-ap is not in the overlay"));
        assertThat(problems).anyMatch(p -> p.startsWith("Deployment/training-service.spec.template.spec.containers[0].startupProbe.failureThreshold: wrong type"));
        assertThat(problems).anyMatch(p -> p.startsWith("Cluster/enforcement-db.spec.instance: unknown field"));
    }

    @Test
    void catchesSelectorsAndPortsThatMissTheirPods() throws IOException {
        copyManifests();
        plant(copy.resolve("base/gateway.yaml"), "      targetPort: http\n", "      targetPort: web\n");
        plant(copy.resolve("components/network-policies/applications.yaml"),
                "              app.kubernetes.io/name: gateway\n", "              app.kubernetes.io/name: gatway\n");

        List<String> problems = Validation.validate(copy, "dev").problems();

        assertThat(problems).anyMatch(p -> p.equals("Service/gateway: port http targets web, which Deployment/gateway does not declare"));
        assertThat(problems).anyMatch(p -> p.startsWith("NetworkPolicy/enterprise-service-http-from-gateway: from {app.kubernetes.io/name=gatway} selects no pod"));
    }

    private void copyManifests() throws IOException {
        for (String part : List.of("base", "components", "dependencies", "overlays")) {
            Path from = Kustomize.MODULE.resolve(part);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path to = copy.resolve(part).resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
        Files.copy(Kustomize.MODULE.resolve(Validation.EXTERNAL_SECRETS), copy.resolve(Validation.EXTERNAL_SECRETS));
    }

    /** Replaces the first occurrence, and fails if the text to replace is gone (the test would prove nothing). */
    private static void plant(Path file, String original, String planted) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " still holds the text to replace").contains(original);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(planted)));
    }
}
