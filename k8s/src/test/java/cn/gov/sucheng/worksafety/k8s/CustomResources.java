package cn.gov.sucheng.worksafety.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operators' resources the overlays use, which fabric8 has no model for: CloudNativePG's {@code Cluster} and
 * ECK's {@code Elasticsearch}. Their fields are checked against the operators' documented names, their required
 * fields for presence and type, and the Kubernetes types they embed (pod templates, volume claims, resources)
 * with the typed models. Each also tells which pods and Secrets its operator creates, so the wiring check can
 * follow references to them.
 */
final class CustomResources {

    /** CloudNativePG 1.2x {@code Cluster.spec}. */
    private static final Set<String> CNPG_SPEC = Set.of("affinity", "backup", "bootstrap", "certificates",
            "description", "enablePDB", "enableSuperuserAccess", "env", "envFrom", "ephemeralVolumeSource",
            "ephemeralVolumesSizeLimit", "externalClusters", "failoverDelay", "imageCatalogRef", "imageName",
            "imagePullPolicy", "imagePullSecrets", "inheritedMetadata", "instances", "livenessProbeTimeout",
            "logLevel", "managed", "maxSyncReplicas", "minSyncReplicas", "monitoring", "nodeMaintenanceWindow",
            "plugins", "podSecurityContext", "postgresGID", "postgresUID", "postgresql", "primaryUpdateMethod",
            "primaryUpdateStrategy", "priorityClassName", "probes", "projectedVolumeTemplate", "replica",
            "replicationSlots", "resources", "schedulerName", "seccompProfile", "securityContext",
            "serviceAccountTemplate", "smartShutdownTimeout", "startDelay", "stopDelay", "storage",
            "superuserSecret", "switchoverDelay", "tablespaces", "topologySpreadConstraints", "walStorage");
    private static final Set<String> CNPG_INITDB = Set.of("database", "owner", "secret", "options", "dataChecksums",
            "encoding", "localeCollate", "localeCType", "locale", "localeProvider", "icuLocale", "icuRules",
            "builtinLocale", "walSegmentSize", "postInitSQL", "postInitApplicationSQL", "postInitTemplateSQL",
            "postInitSQLRefs", "postInitApplicationSQLRefs", "postInitTemplateSQLRefs", "import");
    /** ECK 2.x/3.x {@code Elasticsearch.spec} and its node sets. */
    private static final Set<String> ECK_SPEC = Set.of("auth", "http", "image", "monitoring", "nodeSets",
            "podDisruptionBudget", "remoteClusterServer", "remoteClusters", "revisionHistoryLimit",
            "secureSettings", "serviceAccountName", "transport", "updateStrategy", "version",
            "volumeClaimDeletePolicy");
    private static final Set<String> ECK_NODE_SET = Set.of("name", "count", "config", "podTemplate",
            "volumeClaimTemplates");

    private CustomResources() {
    }

    /** What an operator makes of a resource: the labels of its pods and the Secrets it writes. */
    record Made(Map<String, String> podLabels, Set<String> secrets) {
    }

    static Made check(GenericKubernetesResource resource, List<String> problems) {
        String name = resource.getMetadata() == null ? null : resource.getMetadata().getName();
        String where = resource.getKind() + "/" + name;
        if (name == null || name.isBlank()) {
            problems.add(where + ": metadata.name is missing");
            return null;
        }
        Object spec = resource.getAdditionalProperties().get("spec");
        Set<String> extra = new TreeSet<>(resource.getAdditionalProperties().keySet());
        extra.remove("spec");
        extra.forEach(key -> problems.add(where + "." + key + ": unknown field"));
        if (!(spec instanceof Map<?, ?> body)) {
            problems.add(where + ".spec: missing");
            return null;
        }
        String type = resource.getApiVersion() + " " + resource.getKind();
        switch (type) {
            case "postgresql.cnpg.io/v1 Cluster" -> {
                cnpgCluster(body, where + ".spec", problems);
                return new Made(Map.of("cnpg.io/cluster", name), Set.of(name + "-app", name + "-superuser"));
            }
            case "elasticsearch.k8s.elastic.co/v1 Elasticsearch" -> {
                elasticsearch(body, where + ".spec", problems);
                return new Made(Map.of("elasticsearch.k8s.elastic.co/cluster-name", name),
                        Set.of(name + "-es-elastic-user", name + "-es-http-certs-public"));
            }
            default -> {
                problems.add(where + ": " + type + " is not a kind this validation knows; add its checks");
                return null;
            }
        }
    }

    private static void cnpgCluster(Map<?, ?> spec, String where, List<String> problems) {
        known(spec, CNPG_SPEC, where, problems);
        Object instances = spec.get("instances");
        if (!(instances instanceof Integer count) || count < 1) {
            problems.add(where + ".instances: required, a whole number of at least 1, got " + instances);
        }
        Map<?, ?> storage = map(spec.get("storage"), where + ".storage", problems);
        if (storage != null && !(storage.get("size") instanceof String) && storage.get("pvcTemplate") == null) {
            problems.add(where + ".storage: size (a quantity) or pvcTemplate is required");
        }
        if (spec.get("bootstrap") != null) {
            Map<?, ?> bootstrap = map(spec.get("bootstrap"), where + ".bootstrap", problems);
            if (bootstrap != null && bootstrap.get("initdb") != null) {
                Map<?, ?> initdb = map(bootstrap.get("initdb"), where + ".bootstrap.initdb", problems);
                if (initdb != null) {
                    known(initdb, CNPG_INITDB, where + ".bootstrap.initdb", problems);
                    for (String field : List.of("database", "owner")) {
                        if (!(initdb.get(field) instanceof String)) {
                            problems.add(where + ".bootstrap.initdb." + field + ": required text");
                        }
                    }
                }
            }
        }
        if (spec.get("resources") != null) {
            Manifests.typed(spec.get("resources"), ResourceRequirements.class, where + ".resources", problems);
        }
    }

    private static void elasticsearch(Map<?, ?> spec, String where, List<String> problems) {
        known(spec, ECK_SPEC, where, problems);
        if (!(spec.get("version") instanceof String)) {
            problems.add(where + ".version: required text");
        }
        if (!(spec.get("nodeSets") instanceof List<?> nodeSets) || nodeSets.isEmpty()) {
            problems.add(where + ".nodeSets: required, at least one");
            return;
        }
        for (int i = 0; i < nodeSets.size(); i++) {
            String at = where + ".nodeSets[" + i + "]";
            Map<?, ?> nodeSet = map(nodeSets.get(i), at, problems);
            if (nodeSet == null) {
                continue;
            }
            known(nodeSet, ECK_NODE_SET, at, problems);
            if (!(nodeSet.get("name") instanceof String)) {
                problems.add(at + ".name: required text");
            }
            if (!(nodeSet.get("count") instanceof Integer count) || count < 1) {
                problems.add(at + ".count: required, a whole number of at least 1");
            }
            if (nodeSet.get("podTemplate") != null) {
                Manifests.typed(nodeSet.get("podTemplate"), PodTemplateSpec.class, at + ".podTemplate", problems);
            }
            if (nodeSet.get("volumeClaimTemplates") instanceof List<?> claims) {
                for (int c = 0; c < claims.size(); c++) {
                    Manifests.typed(claims.get(c), PersistentVolumeClaim.class,
                            at + ".volumeClaimTemplates[" + c + "]", problems);
                }
            }
        }
    }

    private static void known(Map<?, ?> fields, Set<String> names, String where, List<String> problems) {
        fields.keySet().stream().filter(key -> !names.contains(String.valueOf(key)))
                .forEach(key -> problems.add(where + "." + key + ": unknown field"));
    }

    private static Map<?, ?> map(Object value, String where, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        problems.add(where + ": required, an object");
        return null;
    }
}
