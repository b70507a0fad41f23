package cn.gov.sucheng.worksafety.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything that can be known about an overlay without a cluster: it renders, reads as typed models, fits together. */
final class Validation {

    /** The Secrets the admins create by hand (see the README), one name a line; # starts a comment. */
    static final String EXTERNAL_SECRETS = "external-secrets.txt";

    private Validation() {
    }

    record Result(List<HasMetadata> resources, List<String> problems) {
    }

    /** Validates the overlay {@code overlay} of the k8s folder {@code root} (the module, or a copy of it). */
    static Result validate(Path root, String overlay) {
        Manifests.Parsed parsed = Manifests.parse(Kustomize.render(root.resolve("overlays").resolve(overlay)));
        List<String> problems = new ArrayList<>(parsed.problems());
        problems.addAll(Wiring.check(parsed.resources(), externalSecrets(root)));
        problems.addAll(hardening(parsed.resources()));
        return new Result(parsed.resources(), problems);
    }

    static Set<String> externalSecrets(Path root) {
        try (var lines = Files.lines(root.resolve(EXTERNAL_SECRETS))) {
            return lines.map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .map(line -> line.split("\\s+")[0]).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suite's own applications run as the README promises: non-root, read-only, probed, limited, graceful. */
    private static List<String> hardening(List<HasMetadata> resources) {
        List<String> problems = new ArrayList<>();
        for (HasMetadata resource : resources) {
            if (!(resource instanceof Deployment deployment) || !"worksafety".equals(
                    deployment.getSpec().getTemplate().getMetadata().getLabels().get("app.kubernetes.io/part-of"))
                    || !deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage().startsWith("worksafety/")) {
                continue;
            }
            String where = "Deployment/" + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container app = pod.getContainers().get(0);
            var podSecurity = pod.getSecurityContext();
            var security = app.getSecurityContext();
            Map<String, Boolean> rules = Map.of(
                    "runs as non-root", podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot()),
                    "has a read-only root filesystem", security != null && Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()),
                    "drops all capabilities", security != null && security.getCapabilities() != null
                            && security.getCapabilities().getDrop() != null && security.getCapabilities().getDrop().contains("ALL"),
                    "forbids privilege escalation", security != null && Boolean.FALSE.equals(security.getAllowPrivilegeEscalation()),
                    "has startup, liveness and readiness probes", app.getStartupProbe() != null
                            && app.getLivenessProbe() != null && app.getReadinessProbe() != null,
                    "has requests and a memory limit", app.getResources() != null && app.getResources().getRequests() != null
                            && app.getResources().getLimits() != null && app.getResources().getLimits().containsKey("memory"),
                    "waits in preStop within a grace period that covers Spring's shutdown", app.getLifecycle() != null
                            && app.getLifecycle().getPreStop() != null && pod.getTerminationGracePeriodSeconds() != null
                            && pod.getTerminationGracePeriodSeconds() >= 30,
                    "registers its pod IP in Nacos", app.getEnv() != null && app.getEnv().stream().anyMatch(env ->
                            env.getName().equals("SPRING_CLOUD_NACOS_DISCOVERY_IP") && env.getValueFrom() != null
                                    && env.getValueFrom().getFieldRef() != null
                                    && "status.podIP".equals(env.getValueFrom().getFieldRef().getFieldPath())),
                    "has a tagged image", app.getImage().contains(":"));
            rules.forEach((rule, kept) -> {
                if (!kept) {
                    problems.add(where + ": the application container no longer " + rule);
                }
            });
        }
        return problems;
    }
}
