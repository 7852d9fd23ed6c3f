package dev.mentra.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Mentra's rules for its workloads, asserted on the rendered typed objects of every overlay: one test per rule the
 * issue and README name, so its length is the length of that list.
 */
class WorkloadPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /**
     * Variables an application reads that Kubernetes leaves at the application's default, each with why. A new
     * variable must be set in the manifests or named here: that decision is never made by omission.
     */
    static final Map<String, String> LEFT_AT_DEFAULT = Map.of(
            "MENTRA_SHUTDOWN_DELAY", "the 5 s readiness-down delay is what Kubernetes needs (local runs shorten it)");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyApplicationHasItsDeploymentServiceAndDisruptionBudget(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (Application app : Application.ALL) {
            Deployment deployment = Workloads.deployment(m, app.name());
            Container container = Workloads.container(deployment);
            assertThat(container.getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(app.port()));
            Service service = m.typed("Service", Service.class).stream()
                    .filter(s -> s.getMetadata().getName().equals(app.name())).findFirst().orElseThrow();
            assertThat(service.getSpec().getSelector())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(service.getSpec().getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getPort()).isEqualTo(app.port()));
            assertThat(m.typed("PodDisruptionBudget", PodDisruptionBudget.class))
                    .anySatisfy(pdb -> assertThat(pdb.getSpec().getSelector())
                            .isEqualTo(deployment.getSpec().getSelector()));
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(app.port()));
        }
        assertThat(m.deployments()).hasSize(Application.ALL.size());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerHasProbesRequestsAndLimits(String overlay) {
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())).allSatisfy(c -> {
                String what = Manifests.describe(deployment) + " container " + c.getName();
                assertThat(c.getStartupProbe().getHttpGet().getPath()).as(what).isEqualTo("/q/health/started");
                assertThat(c.getReadinessProbe().getHttpGet().getPath()).as(what).isEqualTo("/q/health/ready");
                assertThat(c.getLivenessProbe().getHttpGet().getPath()).as(what).isEqualTo("/q/health/live");
                assertThat(c.getResources().getRequests()).as(what).containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(what).containsKeys("cpu", "memory");
                assertThat(bytes(c.getResources().getLimits().get("memory")))
                        .isGreaterThanOrEqualTo(bytes(c.getResources().getRequests().get("memory")));
            });
        }
    }

    /** Memory from the measured idle RSS (deploy/bench/results/latest-footprint.json): request 1.5x, limit 2x. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void memoryIsSizedFromTheMeasuredIdleFootprint(String overlay) throws IOException {
        JsonNode services = new ObjectMapper().readTree(Repository.path("deploy/bench/results/latest-footprint.json")
                .toFile()).at("/sizes/services");
        Manifests m = Manifests.of(overlay);
        for (Application app : Application.ALL) {
            BigDecimal idle = services.at("/" + app.name() + "/idleRssMegabytes").decimalValue()
                    .multiply(BigDecimal.valueOf(1024 * 1024));
            var resources = Workloads.container(Workloads.deployment(m, app.name())).getResources();
            assertThat(bytes(resources.getRequests().get("memory"))).as(app.name() + " memory request")
                    .isGreaterThanOrEqualTo(idle.multiply(BigDecimal.valueOf(1.5)));
            assertThat(bytes(resources.getLimits().get("memory"))).as(app.name() + " memory limit")
                    .isGreaterThanOrEqualTo(idle.multiply(BigDecimal.valueOf(2)));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodRunsRestrictedAndShutsDownByTheContract(String overlay) {
        for (Deployment deployment : Manifests.of(overlay).deployments()) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String what = Manifests.describe(deployment);
            assertThat(pod.getTerminationGracePeriodSeconds()).as(what).isEqualTo(40L);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(what).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(what).isEqualTo(185L);
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(what).isEqualTo("RuntimeDefault");
            assertThat(pod.getContainers()).allSatisfy(c -> {
                var security = c.getSecurityContext();
                assertThat(security.getAllowPrivilegeEscalation()).as(what).isFalse();
                assertThat(security.getReadOnlyRootFilesystem()).as(what).isTrue();
                assertThat(security.getCapabilities().getDrop()).as(what).containsExactly("ALL");
                assertThat(security.getPrivileged()).as(what).isNotEqualTo(true);
                String tmpVolume = c.getVolumeMounts().stream().filter(v -> v.getMountPath().equals("/tmp"))
                        .findFirst().orElseThrow(() -> new AssertionError(what + ": no writable /tmp")).getName();
                assertThat(pod.getVolumes()).anySatisfy(v -> {
                    assertThat(v.getName()).isEqualTo(tmpVolume);
                    assertThat(v.getEmptyDir()).isNotNull();
                });
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyAutoscalerTargetsAnExistingDeploymentAndNoneHasTwo(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> deployments = m.deployments().stream().map(d -> d.getMetadata().getName())
                .collect(Collectors.toSet());
        List<String> targets = new ArrayList<>();
        for (HorizontalPodAutoscaler hpa : m.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
            targets.add(hpa.getSpec().getScaleTargetRef().getName());
        }
        for (GenericKubernetesResource scaledObject : scaledObjects(m)) {
            // KEDA's default target kind is a Deployment
            assertThat((String) scaledObject.get("spec", "scaleTargetRef", "kind")).isIn(null, "Deployment");
            targets.add(scaledObject.get("spec", "scaleTargetRef", "name"));
        }

        assertThat(deployments).containsAll(targets);
        assertThat(targets).as("a Deployment with two autoscalers (an HPA and a ScaledObject fight)")
                .doesNotHaveDuplicates();
        if (overlay.equals("prod")) {
            assertThat(targets).as("every application scales in production").containsExactlyInAnyOrderElementsOf(
                    deployments);
            assertThat(m.deployments()).allSatisfy(d -> assertThat(d.getSpec().getReplicas())
                    .as("a fixed replica count would fight the autoscaler").isNull());
        }
    }

    /**
     * A ScaledObject never scales beyond the partitions of a topic whose lag it reads; its Kafka lag triggers read a
     * group the replicas SHARE (a per-replica fan-out group's lag does not fall with more replicas). HPAs of
     * services that consume in shared groups stay within those topics' partitions too (more would sit idle).
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void replicasNeverExceedTheirTopicsPartitions(String overlay) {
        Manifests m = Manifests.of(overlay);
        Map<String, Integer> partitions = new HashMap<>();
        m.typed("KafkaTopic", KafkaTopic.class).forEach(t -> partitions.put(topicName(t), t.getSpec().getPartitions()));

        for (GenericKubernetesResource scaledObject : scaledObjects(m)) {
            Application app = Application.named(scaledObject.get("spec", "scaleTargetRef", "name"));
            int max = ((Number) scaledObject.get("spec", "maxReplicaCount")).intValue();
            List<Map<String, Object>> triggers = scaledObject.get("spec", "triggers");
            for (Map<String, Object> trigger : triggers) {
                if (!"kafka".equals(trigger.get("type"))) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, String> metadata = (Map<String, String>) trigger.get("metadata");
                String topic = metadata.get("topic");
                assertThat(app.sharedGroupsByTopic()).as(app.name() + " reads " + topic + " in a shared group")
                        .containsEntry(topic, metadata.get("consumerGroup"));
                assertThat(max).as("maxReplicaCount vs partitions of " + topic).isLessThanOrEqualTo(
                        partitions.get(topic));
            }
        }
        for (HorizontalPodAutoscaler hpa : m.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            Application app = Application.named(hpa.getSpec().getScaleTargetRef().getName());
            for (String topic : app.sharedGroupsByTopic().keySet()) {
                assertThat(hpa.getSpec().getMaxReplicas()).as(app.name() + " maxReplicas vs partitions of " + topic)
                        .isLessThanOrEqualTo(partitions.get(topic));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void chatServiceScalesOnCpuAndOnLagOfASharedGroupOnlyInProduction(String overlay) {
        List<GenericKubernetesResource> scaledObjects = scaledObjects(Manifests.of(overlay));
        if (overlay.equals("dev")) {
            assertThat(scaledObjects).isEmpty();
            return;
        }
        List<Map<String, Object>> triggers = scaledObjects.get(0).get("spec", "triggers");
        assertThat(triggers).extracting(t -> t.get("type")).containsExactlyInAnyOrder("cpu", "kafka");
        Set<String> perReplica = Application.named("chat-service").perReplicaGroups();
        assertThat(perReplica).as("chat-service's fan-out groups").hasSize(2);
        assertThat(triggers).noneSatisfy(t -> assertThat(String.valueOf(t.get("metadata")))
                .contains("chat-service-"));
    }

    /** The contract: a variable without a default is a value the manifests must set. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVariableWithoutDefaultIsSet(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (Application app : Application.ALL) {
            assertThat(Workloads.environment(m, app.name()).names()).as(app.name() + " in overlays/" + overlay)
                    .containsAll(app.variablesWithoutDefault());
        }
    }

    /** Every variable an application reads is given (ConfigMap or Secret) or deliberately left at its default. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVariableReadIsSetOrDeliberatelyLeftAtItsDefault(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (Application app : Application.ALL) {
            Set<String> missing = new TreeSet<>(app.variables().keySet());
            missing.removeAll(Workloads.environment(m, app.name()).names());
            missing.removeAll(LEFT_AT_DEFAULT.keySet());
            assertThat(missing).as(app.name() + " reads these, but overlays/" + overlay + " neither sets them nor "
                    + "lists them in WorkloadPolicyTest.LEFT_AT_DEFAULT").isEmpty();
        }
    }

    /** Required secrets exist with their keys where this repository defines them (dev); prod references the same. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void requiredSecretsAreReferencedByNameAndKey(String overlay) {
        Manifests m = Manifests.of(overlay);
        Manifests dev = Manifests.of("dev");
        Map<String, Set<String>> devSecrets = new HashMap<>();
        dev.typed("Secret", Secret.class).forEach(s -> devSecrets.put(s.getMetadata().getName(),
                s.getData().keySet()));
        String readme = Application.read(Repository.K8S.resolve("README.md"));
        for (Application app : Application.ALL) {
            var env = Workloads.environment(m, app.name());
            env.secretKeys().forEach((variable, ref) -> {
                String secret = ref.substring(0, ref.indexOf('/'));
                String key = ref.substring(ref.indexOf('/') + 1);
                assertThat(readme).as("deploy/k8s/README.md names Secret " + secret).contains(secret);
                if (!env.optionalSecrets().contains(variable)) {
                    assertThat(devSecrets).as(app.name() + ": " + variable + " needs Secret " + ref)
                            .containsKey(secret);
                    assertThat(devSecrets.get(secret)).as(ref).contains(key);
                }
            });
            assertThat(env.literals().keySet()).as(app.name() + ": secrets only through secretKeyRef")
                    .doesNotContain("DB_PASSWORD", "MENTRA_KEY_ENCRYPTION_KEY", "MENTRA_CHAT_SERVICE_CREDENTIAL",
                            "CLERK_SECRET_KEY", "CLERK_WEBHOOK_SECRET", "ACUITY_API_KEY", "MENTRA_LLM_API_KEY");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicTheServicesUseIsDeclaredAndNoOther(String overlay) {
        Set<String> used = new TreeSet<>();
        Application.ALL.forEach(app -> used.addAll(app.topics()));
        Set<String> declared = Manifests.of(overlay).typed("KafkaTopic", KafkaTopic.class).stream()
                .map(WorkloadPolicyTest::topicName).collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).contains("identity.users.v1", "mentors.v1", "bookings.v1", "chat.messages.v1");
        assertThat(declared).isEqualTo(used);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheGatewayIsExposedAndItsSocketRouteWaitsAnHour(String overlay) {
        List<Ingress> ingresses = Manifests.of(overlay).typed("Ingress", Ingress.class);
        assertThat(ingresses.stream().flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream())).allSatisfy(path -> {
                    assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
                    assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
                });
        Ingress socket = ingresses.stream().filter(i -> i.getSpec().getRules().get(0).getHttp().getPaths().stream()
                .anyMatch(p -> p.getPath().equals("/api/chat/ws"))).findFirst().orElseThrow();
        assertThat(socket.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600");
        assertThat(Manifests.of(overlay).typed("Service", Service.class)).allSatisfy(s ->
                assertThat(s.getSpec().getType()).as("Services stay inside the cluster").isIn(null, "ClusterIP"));
    }

    static List<GenericKubernetesResource> scaledObjects(Manifests m) {
        return m.typed("ScaledObject", GenericKubernetesResource.class);
    }

    static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
    }

    private static BigDecimal bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }
}
