package cn.gov.sucheng.worksafety.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether the objects of one rendered overlay fit together: selectors find pods, ports and probes name ports the
 * containers declare, and every ConfigMap, Secret, ServiceAccount and claim a pod refers to is in the overlay
 * (or, for Secrets, written by an operator of the overlay or listed as delivered by the admins).
 */
final class Wiring {

    /** A pod some object of the overlay will create; {@code spec} is null for pods an operator builds. */
    private record Pod(String owner, Map<String, String> labels, PodSpec spec, Set<String> claimTemplates) {
    }

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Map<String, String>> configMaps = new HashMap<>();
    /** Secret name → its keys, or null when the keys are not known here (external, written by an operator). */
    private final Map<String, Set<String>> secrets = new HashMap<>();
    private final Set<String> serviceAccounts = new HashSet<>();
    private final Set<String> claims = new HashSet<>();
    private final Set<String> objects = new HashSet<>();
    private final List<Pod> pods = new ArrayList<>();

    private Wiring() {
    }

    static List<String> check(List<HasMetadata> resources, Set<String> externalSecrets) {
        Wiring wiring = new Wiring();
        externalSecrets.forEach(name -> wiring.secrets.put(name, null));
        wiring.index(resources);
        resources.forEach(wiring::checkOne);
        wiring.pods.forEach(wiring::checkPod);
        return wiring.problems;
    }

    private void index(List<HasMetadata> resources) {
        for (HasMetadata resource : resources) {
            String name = resource.getMetadata().getName();
            objects.add(resource.getKind() + "/" + name);
            if (resource instanceof ConfigMap map) {
                configMaps.put(name, map.getData() == null ? Map.of() : map.getData());
            } else if (resource instanceof Secret secret) {
                secrets.put(name, Stream.of(secret.getData(), secret.getStringData()).filter(Objects::nonNull)
                        .flatMap(data -> data.keySet().stream()).collect(HashSet::new, Set::add, Set::addAll));
            } else if (resource instanceof ServiceAccount) {
                serviceAccounts.add(name);
            } else if (resource instanceof PersistentVolumeClaim) {
                claims.add(name);
            } else if (resource instanceof Deployment d) {
                workload(d, d.getSpec().getSelector(), d.getSpec().getTemplate(), Set.of());
            } else if (resource instanceof StatefulSet s) {
                Set<String> claimTemplates = new HashSet<>();
                if (s.getSpec().getVolumeClaimTemplates() != null) {
                    s.getSpec().getVolumeClaimTemplates().forEach(c -> claimTemplates.add(c.getMetadata().getName()));
                }
                workload(s, s.getSpec().getSelector(), s.getSpec().getTemplate(), claimTemplates);
            } else if (resource instanceof Job j) {
                workload(j, null, j.getSpec().getTemplate(), Set.of());
            } else if (resource instanceof GenericKubernetesResource custom) {
                CustomResources.Made made = CustomResources.check(custom, problems);
                if (made != null) {
                    pods.add(new Pod(where(custom), made.podLabels(), null, Set.of()));
                    made.secrets().forEach(secret -> secrets.put(secret, null));
                }
            }
        }
    }

    private void workload(HasMetadata owner, LabelSelector selector, PodTemplateSpec template, Set<String> claimTemplates) {
        Map<String, String> labels = template.getMetadata() == null || template.getMetadata().getLabels() == null
                ? Map.of() : template.getMetadata().getLabels();
        if (selector != null && !matches(selector, labels, where(owner) + ".spec.selector")) {
            problems.add(where(owner) + ": selector " + selector.getMatchLabels() + " does not match its pods' labels " + labels);
        }
        pods.add(new Pod(where(owner), labels, template.getSpec(), claimTemplates));
    }

    private void checkOne(HasMetadata resource) {
        if (resource instanceof Service service) {
            service(service);
        } else if (resource instanceof NetworkPolicy policy) {
            networkPolicy(policy);
        } else if (resource instanceof PodDisruptionBudget budget) {
            if (selected(budget.getSpec().getSelector(), where(budget)).isEmpty()) {
                problems.add(where(budget) + ": selects no pod");
            }
        } else if (resource instanceof HorizontalPodAutoscaler autoscaler) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            if (!objects.contains(target.getKind() + "/" + target.getName())) {
                problems.add(where(autoscaler) + ": scales " + target.getKind() + "/" + target.getName()
                        + ", which is not in the overlay");
            }
        }
    }

    private void service(Service service) {
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            return;
        }
        List<Pod> backends = pods.stream().filter(pod -> pod.labels().entrySet().containsAll(selector.entrySet())).toList();
        if (backends.isEmpty()) {
            problems.add(where(service) + ": selector " + selector + " matches no pod");
        }
        for (ServicePort port : service.getSpec().getPorts()) {
            IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
            backends.stream().filter(pod -> pod.spec() != null && !declares(pod.spec(), target)).forEach(pod ->
                    problems.add(where(service) + ": port " + port.getName() + " targets " + text(target)
                            + ", which " + pod.owner() + " does not declare"));
        }
    }

    private void networkPolicy(NetworkPolicy policy) {
        String where = where(policy);
        List<Pod> selected = selected(policy.getSpec().getPodSelector(), where);
        if (selected.isEmpty()) {
            problems.add(where + ": podSelector " + policy.getSpec().getPodSelector().getMatchLabels() + " selects no pod");
        }
        List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress() == null ? List.of() : policy.getSpec().getIngress();
        for (NetworkPolicyIngressRule rule : rules) {
            for (NetworkPolicyPeer peer : rule.getFrom() == null ? List.<NetworkPolicyPeer>of() : rule.getFrom()) {
                // A peer in another namespace (an operator) is not in the overlay.
                if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null
                        && selected(peer.getPodSelector(), where).isEmpty()) {
                    problems.add(where + ": from " + peer.getPodSelector().getMatchLabels() + " selects no pod");
                }
            }
            for (NetworkPolicyPort port : rule.getPorts() == null ? List.<NetworkPolicyPort>of() : rule.getPorts()) {
                if (port.getPort() != null && port.getPort().getStrVal() != null
                        && selected.stream().noneMatch(pod -> pod.spec() != null && declares(pod.spec(), port.getPort()))) {
                    problems.add(where + ": port " + port.getPort().getStrVal() + " is declared by no selected pod");
                }
            }
        }
    }

    private void checkPod(Pod pod) {
        PodSpec spec = pod.spec();
        if (spec == null) {
            return;
        }
        String owner = pod.owner();
        String account = spec.getServiceAccountName();
        if (account != null && !account.equals("default") && !serviceAccounts.contains(account)) {
            problems.add(owner + ": ServiceAccount " + account + " is not in the overlay");
        }
        Set<String> volumes = new HashSet<>(pod.claimTemplates());
        for (Volume volume : spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()) {
            volumes.add(volume.getName());
            if (volume.getConfigMap() != null && !Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
                configMap(owner, volume.getConfigMap().getName(), null);
            }
            if (volume.getSecret() != null && !Boolean.TRUE.equals(volume.getSecret().getOptional())) {
                secret(owner, volume.getSecret().getSecretName(), null);
            }
            if (volume.getPersistentVolumeClaim() != null && !claims.contains(volume.getPersistentVolumeClaim().getClaimName())) {
                problems.add(owner + ": PersistentVolumeClaim " + volume.getPersistentVolumeClaim().getClaimName() + " is not in the overlay");
            }
        }
        List<Container> containers = new ArrayList<>(spec.getContainers());
        if (spec.getInitContainers() != null) {
            containers.addAll(spec.getInitContainers());
        }
        for (Container container : containers) {
            String where = owner + " container " + container.getName();
            Map<String, String> environment = new HashMap<>();
            for (EnvFromSource from : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
                if (from.getConfigMapRef() != null && !Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                    configMap(where, from.getConfigMapRef().getName(), null);
                    environment.putAll(configMaps.getOrDefault(from.getConfigMapRef().getName(), Map.of()));
                }
                if (from.getSecretRef() != null && !Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                    secret(where, from.getSecretRef().getName(), null);
                }
            }
            for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                var source = env.getValueFrom();
                if (source != null && source.getConfigMapKeyRef() != null && !Boolean.TRUE.equals(source.getConfigMapKeyRef().getOptional())) {
                    configMap(where, source.getConfigMapKeyRef().getName(), source.getConfigMapKeyRef().getKey());
                }
                if (source != null && source.getSecretKeyRef() != null && !Boolean.TRUE.equals(source.getSecretKeyRef().getOptional())) {
                    secret(where, source.getSecretKeyRef().getName(), source.getSecretKeyRef().getKey());
                }
            }
            if (container.getVolumeMounts() != null) {
                container.getVolumeMounts().stream().filter(mount -> !volumes.contains(mount.getName())).forEach(mount ->
                        problems.add(where + ": mounts volume " + mount.getName() + ", which the pod does not have"));
            }
            probe(where, "startupProbe", container.getStartupProbe(), spec);
            probe(where, "livenessProbe", container.getLivenessProbe(), spec);
            probe(where, "readinessProbe", container.getReadinessProbe(), spec);
            // The application listens where its settings say: the declared ports must be those.
            listens(where, container, "http", environment.get("SERVER_PORT"));
            listens(where, container, "grpc", environment.get("SPRING_GRPC_SERVER_PORT"));
        }
    }

    private void probe(String where, String kind, Probe probe, PodSpec spec) {
        if (probe == null) {
            return;
        }
        IntOrString port = probe.getHttpGet() != null ? probe.getHttpGet().getPort()
                : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort()
                : probe.getGrpc() != null ? new IntOrString(probe.getGrpc().getPort()) : null;
        if (port != null && !declares(spec, port)) {
            problems.add(where + ": " + kind + " points at port " + text(port) + ", which no container declares");
        }
    }

    private void listens(String where, Container container, String portName, String configured) {
        if (configured == null) {
            return;
        }
        ContainerPort port = ports(container).filter(p -> portName.equals(p.getName())).findFirst().orElse(null);
        if (port == null || !configured.equals(String.valueOf(port.getContainerPort()))) {
            problems.add(where + ": listens on " + configured + " but declares port " + portName + " as "
                    + (port == null ? "nothing" : port.getContainerPort()));
        }
    }

    private void configMap(String where, String name, String key) {
        if (!configMaps.containsKey(name)) {
            problems.add(where + ": ConfigMap " + name + " is not in the overlay");
        } else if (key != null && !configMaps.get(name).containsKey(key)) {
            problems.add(where + ": ConfigMap " + name + " has no key " + key);
        }
    }

    private void secret(String where, String name, String key) {
        if (!secrets.containsKey(name)) {
            problems.add(where + ": Secret " + name + " is not in the overlay, not written by its operators and not listed in "
                    + Validation.EXTERNAL_SECRETS);
        } else if (key != null && secrets.get(name) != null && !secrets.get(name).contains(key)) {
            problems.add(where + ": Secret " + name + " has no key " + key);
        }
    }

    private List<Pod> selected(LabelSelector selector, String where) {
        return pods.stream().filter(pod -> matches(selector, pod.labels(), where)).toList();
    }

    /** matchLabels only: the manifests use nothing else, and an expression would need its own evaluation. */
    private boolean matches(LabelSelector selector, Map<String, String> labels, String where) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            problems.add(where + ": matchExpressions are not checked here; use matchLabels");
        }
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.entrySet().containsAll(wanted.entrySet());
    }

    private static boolean declares(PodSpec spec, IntOrString port) {
        return spec.getContainers().stream().flatMap(Wiring::ports).anyMatch(p -> port.getStrVal() != null
                ? port.getStrVal().equals(p.getName()) : port.getIntVal().equals(p.getContainerPort()));
    }

    private static Stream<ContainerPort> ports(Container container) {
        return container.getPorts() == null ? Stream.empty() : container.getPorts().stream();
    }

    private static String text(IntOrString port) {
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    private static String where(HasMetadata resource) {
        return resource.getKind() + "/" + resource.getMetadata().getName();
    }
}
