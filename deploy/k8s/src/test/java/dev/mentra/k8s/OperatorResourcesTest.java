package dev.mentra.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The operators' resources, for which no JSON schema is obtainable here (no Strimzi or CloudNativePG CRD YAML):
 * Strimzi's through its own Java model (io.strimzi:api 0.51.0, which serves kafka.strimzi.io v1 and v1beta2), where
 * any field the model does not know is an error; CloudNativePG's against the subset of its v1 API that Mentra uses
 * (written down below from CloudNativePG's API reference), and both for how they fit together.
 */
class OperatorResourcesTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /** The CloudNativePG v1 fields Mentra uses; anything else in a Cluster or Database is reported. */
    private static final Map<String, Set<String>> CNPG_FIELDS = Map.of(
            "Cluster/spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "storage",
                    "enableSuperuserAccess", "postgresql", "resources", "managed"),
            "Cluster/spec/storage", Set.of("size", "storageClass"),
            "Cluster/spec/postgresql", Set.of("parameters"),
            "Cluster/spec/managed", Set.of("roles"),
            "Cluster/spec/managed/roles", Set.of("name", "ensure", "login", "passwordSecret", "comment",
                    "connectionLimit", "inherit", "createdb", "createrole", "superuser", "replication",
                    "bypassrls", "inRoles"),
            "Cluster/spec/managed/roles/passwordSecret", Set.of("name"),
            "Database/spec", Set.of("cluster", "name", "owner", "ensure", "databaseReclaimPolicy"),
            "Database/spec/cluster", Set.of("name"));

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void strimziResourcesHaveOnlyFieldsStrimziKnows(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<Object> models = new ArrayList<>();
        models.addAll(m.typed("Kafka", Kafka.class));
        models.addAll(m.typed("KafkaNodePool", KafkaNodePool.class));
        models.addAll(m.typed("KafkaTopic", KafkaTopic.class));

        assertThat(models).hasSizeGreaterThanOrEqualTo(3);
        assertThat(models).allSatisfy(model -> assertThat(UnknownFields.of(model)).as(model.getClass()
                .getSimpleName()).isEmpty());
    }

    @Test
    void aMisspeltStrimziFieldIsCaught() {
        ObjectNode kafka = Manifests.of("prod").find("Kafka", "mentra-kafka").orElseThrow().deepCopy();
        ((ObjectNode) kafka.at("/spec/kafka/listeners/0")).put("tsl", false);

        assertThat(UnknownFields.of(Manifests.KUBERNETES.convertValue(kafka, Kafka.class)))
                .containsExactly("/spec/kafka/listeners/0/tsl");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafkaRunsInKraftModeOnItsNodePools(String overlay) {
        Manifests m = Manifests.of(overlay);
        Kafka kafka = m.typed("Kafka", Kafka.class).get(0);
        List<KafkaNodePool> pools = m.typed("KafkaNodePool", KafkaNodePool.class);

        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/node-pools", "enabled").containsEntry("strimzi.io/kraft", "enabled");
        assertThat(pools).allSatisfy(pool -> assertThat(pool.getMetadata().getLabels())
                .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName()));
        assertThat(pools.stream().flatMap(p -> p.getSpec().getRoles().stream()))
                .contains(ProcessRoles.CONTROLLER, ProcessRoles.BROKER);
        int nodes = pools.stream().mapToInt(p -> p.getSpec().getReplicas()).sum();
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(((Number) config.get("default.replication.factor")).intValue()).isLessThanOrEqualTo(nodes);
        assertThat(((Number) config.get("offsets.topic.replication.factor")).intValue()).isLessThanOrEqualTo(nodes);
        assertThat(m.typed("KafkaTopic", KafkaTopic.class)).allSatisfy(topic -> {
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(topic.getSpec().getReplicas()).isLessThanOrEqualTo(nodes);
            assertThat(((Number) topic.getSpec().getConfig().get("min.insync.replicas")).intValue())
                    .isLessThan(topic.getSpec().getReplicas() + 1);
        });
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).as("KafkaTopics need the topic operator")
                .isNotNull();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void cloudNativePgResourcesHaveOnlyKnownFields(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<String> unknown = new ArrayList<>();
        m.ofKind("Cluster").forEach(c -> checkFields("Cluster/spec", c.get("spec"), unknown));
        m.ofKind("Database").forEach(d -> checkFields("Database/spec", d.get("spec"), unknown));

        assertThat(m.ofKind("Cluster")).hasSize(1);
        assertThat(m.ofKind("Database")).hasSize(4);
        assertThat(unknown).isEmpty();
    }

    @Test
    void aMisspeltCloudNativePgFieldIsCaught() {
        ObjectNode cluster = Manifests.of("prod").find("Cluster", "mentra-db").orElseThrow().deepCopy();
        ((ObjectNode) cluster.at("/spec/managed/roles/0")).put("logn", true);
        List<String> unknown = new ArrayList<>();
        checkFields("Cluster/spec", cluster.get("spec"), unknown);

        assertThat(unknown).containsExactly("Cluster/spec/managed/roles/logn");
    }

    /** Each service's database is a CNPG Database owned by a managed role whose password Secret the service uses. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceOwnsItsDatabaseThroughItsOwnRole(String overlay) {
        Manifests m = Manifests.of(overlay);
        JsonNode cluster = m.ofKind("Cluster").findFirst().orElseThrow();
        for (Application app : Application.ALL) {
            if (!app.hasDatabase()) {
                continue;
            }
            String secret = "mentra-db-" + app.database();
            JsonNode role = find(cluster.at("/spec/managed/roles"), "name", app.database());
            assertThat(role).as(app.name() + "'s role").isNotNull();
            assertThat(role.path("login").asBoolean()).isTrue();
            assertThat(role.at("/passwordSecret/name").asText()).isEqualTo(secret);

            JsonNode database = m.ofKind("Database").filter(d -> app.database().equals(d.at("/spec/name").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no Database " + app.database()));
            assertThat(database.at("/spec/owner").asText()).isEqualTo(app.database());
            assertThat(database.at("/spec/cluster/name").asText()).isEqualTo(Manifests.name(cluster));

            var env = Workloads.environment(m, app.name());
            assertThat(env.secretKeys()).containsEntry("DB_USER", secret + "/username")
                    .containsEntry("DB_PASSWORD", secret + "/password");
            assertThat(env.literal("DB_NAME")).isEqualTo(app.database());
            assertThat(env.literal("DB_HOST")).isEqualTo(Manifests.name(cluster) + "-rw");
        }
    }

    /** The dev overlay generates the role Secrets: basic-auth, the username being the role (CloudNativePG's rule). */
    @Test
    void devRoleSecretsAreBasicAuthNamedAfterTheirRole() {
        Manifests dev = Manifests.of("dev");
        for (Application app : Application.ALL) {
            if (app.hasDatabase()) {
                Secret secret = dev.typed("Secret", Secret.class).stream()
                        .filter(s -> s.getMetadata().getName().equals("mentra-db-" + app.database())).findFirst()
                        .orElseThrow();
                assertThat(secret.getType()).isEqualTo("kubernetes.io/basic-auth");
                assertThat(decode(secret.getData().get("username"))).isEqualTo(app.database());
                assertThat(decode(secret.getData().get("password"))).startsWith("local-dev-").isNotEqualTo("postgres");
            }
        }
        assertThat(Manifests.of("prod").ofKind("Secret")).as("production Secrets are created by the operator").isEmpty();
    }

    private static void checkFields(String path, JsonNode node, List<String> unknown) {
        Set<String> known = CNPG_FIELDS.get(path);
        if (known == null || node == null) {
            return; // a free-form value (parameters, resources: Kubernetes' own type)
        }
        if (node.isArray()) {
            node.forEach(item -> checkFields(path, item, unknown));
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                unknown.add(path + "/" + field);
            } else {
                checkFields(path + "/" + field, node.get(field), unknown);
            }
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }

    private static String decode(String base64) {
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
    }
}
