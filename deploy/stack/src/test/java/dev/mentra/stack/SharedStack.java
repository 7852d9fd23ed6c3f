package dev.mentra.stack;

import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import dev.mentra.local.stack.StackSettings;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The packaged stack the system tests drive: started once per test JVM on free ports (starting five JVMs costs
 * half a minute on two cores), stopped when the JVM ends.
 */
final class SharedStack {

    private static LocalStack stack;
    private static SpanReceiver spans;

    private SharedStack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path root = Path.of(System.getProperty("mentra.root", "../..")).toAbsolutePath().normalize();
            Path data = Files.createTempDirectory("mentra-stack-it-");
            LocalStack started = new LocalStack(StackSettings.isolated(root, data), System.out);
            // the applications export sampled traces (only those a test starts sampled) to the test's receiver
            SpanReceiver receiver = SpanReceiver.start();
            started.putEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.endpoint());
            started.putEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
            started.putEnvironment("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                receiver.close();
                // the database cluster and broker log go; the applications' logs stay for a failed run's reader
                delete(data.resolve("postgres"));
                delete(data.resolve("kafka"));
            }, "mentra-stack-stop"));
            started.start();
            stack = started;
            spans = receiver;
        }
        RestAssured.baseURI = stack.url(StackApp.GATEWAY);
        return stack;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }

    /** The spans the stack's applications exported. */
    static SpanReceiver spans() throws Exception {
        get();
        return spans;
    }

    static String gateway() throws Exception {
        return get().url(StackApp.GATEWAY);
    }

    /** Signs a demo account in through the gateway and returns its token. */
    static String signIn(DemoAccount account) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", DemoAccount.PASSWORD))
                .post("/api/auth/sign-in").then().statusCode(200).extract().jsonPath().getString("token");
    }
}
