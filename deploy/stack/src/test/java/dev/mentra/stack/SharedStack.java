package dev.mentra.stack;

import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import dev.mentra.local.stack.StackSettings;
import io.restassured.RestAssured;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The packaged stack the system tests drive: started once per test JVM on free ports (starting five JVMs costs
 * half a minute on two cores), stopped when the JVM ends.
 */
final class SharedStack {

    private static LocalStack stack;

    private SharedStack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path root = Path.of(System.getProperty("mentra.root", "../..")).toAbsolutePath().normalize();
            Path data = Files.createTempDirectory("mentra-stack-it-");
            LocalStack started = new LocalStack(StackSettings.isolated(root, data), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                // the database cluster and broker log go; the applications' logs stay for a failed run's reader
                delete(data.resolve("postgres"));
                delete(data.resolve("kafka"));
            }, "mentra-stack-stop"));
            started.start();
            stack = started;
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

    static String gateway() throws Exception {
        return get().url(StackApp.GATEWAY);
    }
}
