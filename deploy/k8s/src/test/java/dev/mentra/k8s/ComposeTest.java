package dev.mentra.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose/compose.yaml parses (SnakeYAML, which resolves the file's merge keys as Compose does), builds each
 * application from its Dockerfile and gives it what it needs to start in the prod profile. No Docker here: it is
 * not run.
 */
class ComposeTest {

    private static final Path COMPOSE = Repository.path("deploy/compose");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        Map<String, Object> compose = new Yaml().load(Application.read(COMPOSE.resolve("compose.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void runsPostgresKafkaAndTheFiveApplications() {
        Map<String, Map<String, Object>> services = services();
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "kafka", "gateway", "identity-service",
                "mentor-service", "booking-service", "chat-service");
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:17");
        assertThat(String.valueOf(services.get("kafka").get("image"))).startsWith("apache/kafka:4.");
        assertThat(environment(services.get("kafka"))).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat((List<String>) services.get("gateway").get("ports")).containsExactly("8080:8080");
        assertThat(services.values()).allSatisfy(s -> assertThat(s).containsKey("healthcheck"));
    }

    @Test
    void eachApplicationIsBuiltFromItsDockerfileAndGetsWhatItNeedsToStart() {
        Map<String, Map<String, Object>> services = services();
        Manifests prod = Manifests.of("prod");
        for (Application app : Application.ALL) {
            Map<String, Object> service = services.get(app.name());
            @SuppressWarnings("unchecked")
            Map<String, String> build = (Map<String, String>) service.get("build");
            Path dockerfile = COMPOSE.resolve(build.get("context")).resolve(build.get("dockerfile")).normalize();
            assertThat(dockerfile).isEqualTo(Repository.path(app.module() + "/src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).exists();

            Map<String, String> env = environment(service);
            // what the application reads without a default, and what Kubernetes gives it from required Secrets
            Set<String> needed = new TreeSet<>(app.variablesWithoutDefault());
            var k8s = Workloads.environment(prod, app.name());
            k8s.secretKeys().keySet().stream().filter(v -> !k8s.optionalSecrets().contains(v)).forEach(needed::add);
            assertThat(env.keySet()).as(app.name()).containsAll(needed);
            if (app.hasDatabase()) {
                assertThat(env).containsEntry("DB_NAME", app.database()).containsEntry("DB_USER", app.database())
                        .containsEntry("DB_HOST", "postgres");
                assertThat(env.get("DB_PASSWORD")).isNotEqualTo("postgres");
                assertThat(environment(services.get("postgres")))
                        .containsKey(app.database().toUpperCase() + "_DB_PASSWORD");
            }
            @SuppressWarnings("unchecked")
            List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
            assertThat(String.join(" ", test)).contains("localhost:" + app.port() + "/q/health/ready");
        }
    }

    @Test
    void thePostgresInitScriptCreatesEveryServicesDatabaseAndOwner() throws Exception {
        String script = Application.read(COMPOSE.resolve("postgres-init.sh"));
        assertThat(script).contains("for service in identity mentor booking chat;")
                .contains("CREATE DATABASE :\"role\" OWNER :\"role\"");
        assertThat(Files.isExecutable(COMPOSE.resolve("postgres-init.sh"))).isTrue();
        Application.ALL.stream().filter(Application::hasDatabase)
                .forEach(app -> assertThat(script).contains(" " + app.database()));
    }

    @Test
    void everyApplicationHasJvmAndNativeDockerfilesRunningAsUid185OnItsPort() {
        for (Application app : Application.ALL) {
            for (String kind : List.of("jvm", "native")) {
                String dockerfile = Application.read(
                        Repository.path(app.module() + "/src/main/docker/Dockerfile." + kind));
                assertThat(dockerfile).as(app.name() + " " + kind).contains("USER 185")
                        .contains("EXPOSE " + app.port());
            }
            assertThat(Application.read(Repository.path(app.module() + "/src/main/docker/Dockerfile.jvm")))
                    .contains("target/quarkus-app/lib/", "target/quarkus-app/app/", "quarkus-run.jar");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, Object> env = (Map<String, Object>) service.get("environment");
        Map<String, String> strings = new java.util.TreeMap<>();
        env.forEach((k, v) -> {
            if (!k.equals("<<")) {
                strings.put(k, String.valueOf(v));
            }
        });
        return strings;
    }
}
