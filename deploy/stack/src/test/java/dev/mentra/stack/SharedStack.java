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
            StackSettings settings = StackSettings.isolated(root, Files.createTempDirectory("mentra-stack-it-"));
            LocalStack started = new LocalStack(settings, System.out);
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "mentra-stack-stop"));
            stack = started;
        }
        RestAssured.baseURI = stack.url(StackApp.GATEWAY);
        return stack;
    }

    static String gateway() throws Exception {
        return get().url(StackApp.GATEWAY);
    }
}
