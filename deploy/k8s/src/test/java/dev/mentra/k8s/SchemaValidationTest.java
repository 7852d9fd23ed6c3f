package dev.mentra.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every rendered object of a kind Kubernetes or KEDA publishes a schema for is valid against it, unknown fields
 * included. Strimzi's and CloudNativePG's objects have no schema here: {@link OperatorResourcesTest} checks them, and
 * this test makes sure nothing else goes unchecked.
 */
class SchemaValidationTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    private static final Set<String> CHECKED_ELSEWHERE = Set.of("kafka.strimzi.io", "postgresql.cnpg.io");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectIsValidAgainstItsSchema(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        SchemaValidator.Report report = SchemaValidator.validate(manifests.objects);

        assertThat(report.errors()).as("schema errors in overlays/" + overlay).isEmpty();
        assertThat(report.validated()).hasSize(manifests.objects.size() - report.noSchema().size());
        assertThat(report.noSchema())
                .as("objects without a schema must be of a kind OperatorResourcesTest checks")
                .allSatisfy(name -> assertThat(CHECKED_ELSEWHERE).contains(name.substring(0, name.indexOf('/'))));
        Set<String> kinds = report.validated().stream().map(n -> n.split(" ")[1]).collect(Collectors.toSet());
        assertThat(kinds).contains("Deployment", "Service", "ConfigMap", "NetworkPolicy", "Ingress",
                "PodDisruptionBudget", "Namespace");
    }

    @Test
    void aMisspeltFieldFailsValidation() {
        ObjectNode deployment = copyOf("dev", "Deployment", "chat-service");
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("imagePullPolcy", container.remove("imagePullPolicy"));

        assertThat(SchemaValidator.validate(List.of(deployment)).errors())
                .singleElement().asString().contains("unknown field", "/spec/template/spec/containers/0/imagePullPolcy");
    }

    @Test
    void aMisspeltFieldDeepInsideFailsValidation() {
        ObjectNode deployment = copyOf("dev", "Deployment", "mentor-service");
        ObjectNode secretRef = (ObjectNode) deployment.at("/spec/template/spec/containers/0/env")
                .findParent("secretKeyRef").get("secretKeyRef");
        secretRef.put("optinal", true);

        assertThat(SchemaValidator.validate(List.of(deployment)).errors())
                .singleElement().asString().contains("secretKeyRef/optinal");
    }

    @Test
    void aValueOfTheWrongTypeFailsValidation() {
        ObjectNode service = copyOf("prod", "Service", "gateway");
        ((ObjectNode) service.at("/spec/ports/0")).put("port", "eighty");

        assertThat(SchemaValidator.validate(List.of(service)).errors())
                .singleElement().asString().contains("/spec/ports/0/port");
    }

    @Test
    void aMisspeltScaledObjectFieldFailsKedasSchema() {
        ObjectNode scaledObject = copyOf("prod", "ScaledObject", "chat-service");
        ObjectNode spec = (ObjectNode) scaledObject.get("spec");
        spec.set("maxReplicaCont", spec.remove("maxReplicaCount"));
        ArrayNode triggers = (ArrayNode) spec.get("triggers");
        ((ObjectNode) triggers.get(0)).remove("type");

        assertThat(SchemaValidator.validate(List.of(scaledObject)).errors())
                .singleElement().asString().contains("ScaledObject", "type");
        ((ObjectNode) triggers.get(0)).put("type", "cpu");
        assertThat(SchemaValidator.validate(List.of(scaledObject)).errors())
                .singleElement().asString().contains("/spec/maxReplicaCont");
    }

    private static ObjectNode copyOf(String overlay, String kind, String name) {
        return Manifests.of(overlay).find(kind, name).orElseThrow().deepCopy();
    }
}
