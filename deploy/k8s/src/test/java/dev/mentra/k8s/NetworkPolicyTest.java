package dev.mentra.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Who can reach what, computed from the NetworkPolicies' selectors for every pair of pods (and outside namespaces)
 * on every port that listens, and compared with the documented paths (deploy/k8s/README.md) — exactly: a path too
 * many fails like a path too few.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    private static final List<String> SERVICES_WITH_STATE =
            List.of("identity-service", "mentor-service", "booking-service", "chat-service");

    /** The documented paths, as "source -> destination:port". */
    private static final Set<String> DOCUMENTED = documented();

    private static Set<String> documented() {
        Set<String> paths = new TreeSet<>();
        paths.add("ns/ingress-nginx -> gateway:8080");
        for (Application app : Application.ALL) {
            paths.add("ns/monitoring -> " + app.name() + ":" + app.port());
            if (!app.name().equals("gateway")) {
                paths.add("gateway -> " + app.name() + ":" + app.port());
            }
        }
        paths.add("chat-service -> mentor-service:8082");
        for (String service : SERVICES_WITH_STATE) {
            paths.add(service + " -> identity-service:8081"); // the JWKS (local issuer mode)
            paths.add(service + " -> postgres:5432");
            paths.add(service + " -> kafka:9092");
        }
        paths.add("postgres -> postgres:5432");
        paths.add("postgres -> postgres:8000");
        paths.add("ns/cnpg-system -> postgres:5432");
        paths.add("ns/cnpg-system -> postgres:8000");
        paths.add("ns/monitoring -> postgres:9187");
        paths.add("ns/keda -> kafka:9092");
        paths.add("kafka -> kafka:9090");
        paths.add("kafka -> kafka:9091");
        paths.add("kafka-entity-operator -> kafka:9090");
        paths.add("kafka-entity-operator -> kafka:9091");
        paths.add("ns/strimzi -> kafka:9090");
        paths.add("ns/strimzi -> kafka:9091");
        paths.add("ns/strimzi -> kafka:8443");
        return paths;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void thePoliciesAllowExactlyTheDocumentedPaths(String overlay) {
        Manifests m = Manifests.of(overlay);
        String namespace = m.deployments().get(0).getMetadata().getNamespace();
        Reachability reachability = new Reachability(m.typed("NetworkPolicy", NetworkPolicy.class), namespace);
        Map<Reachability.Pod, List<Integer>> listening = listeningPods(m, namespace);
        List<Reachability.Pod> sources = new ArrayList<>(listening.keySet());
        // a pod of the namespace no policy names, and the pods of namespaces that are named or not
        sources.add(new Reachability.Pod("stray-pod", namespace, Map.of("app", "debug")));
        for (String other : List.of("ingress-nginx", "monitoring", "cnpg-system", "strimzi", "keda", "default")) {
            sources.add(new Reachability.Pod("ns/" + other, other, Map.of()));
        }

        Set<String> allowed = new TreeSet<>();
        listening.forEach((destination, ports) -> {
            for (int port : ports) {
                for (Reachability.Pod source : sources) {
                    if (reachability.allows(source, destination, port)) {
                        allowed.add(source.name() + " -> " + destination.name() + ":" + port);
                    }
                }
            }
        });

        assertThat(allowed).isEqualTo(DOCUMENTED);
    }

    /** Strimzi generates a NetworkPolicy for the listener from its peers: they must be the same as ours. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theKafkaListenerAdmitsTheSamePeersAsThePolicy(String overlay) {
        Manifests m = Manifests.of(overlay);
        String namespace = m.deployments().get(0).getMetadata().getNamespace();
        Reachability reachability = new Reachability(m.typed("NetworkPolicy", NetworkPolicy.class), namespace);
        GenericKafkaListener listener = m.typed("Kafka", Kafka.class).get(0).getSpec().getKafka().getListeners()
                .stream().filter(l -> l.getPort() == 9092).findFirst().orElseThrow();
        List<NetworkPolicyPeer> peers = listener.getNetworkPolicyPeers();
        assertThat(peers).as("an empty peer list opens the listener to every pod").isNotEmpty();
        Reachability.Pod kafka = kafkaPod(namespace);

        List<Reachability.Pod> candidates = new ArrayList<>(listeningPods(m, namespace).keySet());
        candidates.add(new Reachability.Pod("ns/keda", "keda", Map.of()));
        candidates.add(new Reachability.Pod("ns/default", "default", Map.of()));
        for (Reachability.Pod candidate : candidates) {
            boolean byListener = peers.stream().anyMatch(p -> reachability.matches(p, candidate));
            assertThat(byListener).as(candidate.name() + " on the listener vs the policy")
                    .isEqualTo(reachability.allows(candidate, kafka, 9092));
        }
    }

    /**
     * The pods that listen, with their labels: the applications' from their rendered pod templates; the operators'
     * pods with the labels CloudNativePG and Strimzi put on them (documented by both projects).
     */
    private static Map<Reachability.Pod, List<Integer>> listeningPods(Manifests m, String namespace) {
        Map<Reachability.Pod, List<Integer>> pods = new java.util.LinkedHashMap<>();
        for (Deployment d : m.deployments()) {
            List<Integer> ports = Workloads.container(d).getPorts().stream().map(p -> p.getContainerPort()).toList();
            pods.put(new Reachability.Pod(d.getMetadata().getName(), namespace,
                    d.getSpec().getTemplate().getMetadata().getLabels()), ports);
        }
        String cluster = m.ofKind("Cluster").map(Manifests::name).findFirst().orElseThrow();
        pods.put(new Reachability.Pod("postgres", namespace, Map.of("cnpg.io/cluster", cluster,
                "cnpg.io/instanceRole", "primary")), List.of(5432, 8000, 9187));
        pods.put(kafkaPod(namespace), List.of(9090, 9091, 9092, 8443));
        pods.put(new Reachability.Pod("kafka-entity-operator", namespace, Map.of("strimzi.io/cluster", "mentra-kafka",
                "strimzi.io/kind", "Kafka", "strimzi.io/name", "mentra-kafka-entity-operator")), List.of());
        return pods;
    }

    private static Reachability.Pod kafkaPod(String namespace) {
        return new Reachability.Pod("kafka", namespace, Map.of("strimzi.io/cluster", "mentra-kafka",
                "strimzi.io/kind", "Kafka", "strimzi.io/name", "mentra-kafka-kafka",
                "strimzi.io/pool-name", "dual-role", "strimzi.io/broker-role", "true"));
    }
}
