package dev.mentra.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** One overlay rendered by `kubectl kustomize`, as Jackson trees and as fabric8 typed models. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    final String overlay;
    final List<ObjectNode> objects;

    private Manifests(String overlay, List<ObjectNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    /** Renders deploy/k8s/overlays/NAME once per test run. */
    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> new Manifests(name, parse(render(name))));
    }

    static String render(String overlay) {
        Commands.Result result = Commands.run(Repository.K8S, "kubectl (1.27 or later, which has kustomize built in) "
                + "renders the manifests in the normal test run; install it (see deploy/k8s/README.md).",
                List.of("kubectl", "kustomize", "overlays/" + overlay));
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize overlays/" + overlay + " failed:\n" + result.stderr());
        }
        return result.stdout();
    }

    static List<ObjectNode> parse(String yaml) {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            return YAML.readValues(parser, ObjectNode.class).readAll().stream()
                    .filter(node -> node != null && !node.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Stream<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    <T> List<T> typed(String kind, Class<T> type) {
        return ofKind(kind).map(o -> KUBERNETES.convertValue(o, type)).toList();
    }

    List<Deployment> deployments() {
        return typed("Deployment", Deployment.class);
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    ConfigMap configMap(String name) {
        return find("ConfigMap", name).map(o -> KUBERNETES.convertValue(o, ConfigMap.class))
                .orElseThrow(() -> new AssertionError(overlay + ": no ConfigMap " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
