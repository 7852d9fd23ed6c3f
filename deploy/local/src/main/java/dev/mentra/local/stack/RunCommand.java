package dev.mentra.local.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The run command ({@code ./mvnw -Prun}, see deploy/stack): reads the settings from the environment, starts the
 * {@link LocalStack}, says where everything is, and keeps it running until Ctrl-C (the shutdown hook stops it in order
 * and prints "Stopped."; the JVM then exits with 130, 143 for SIGTERM) or until an application dies on its own.
 *
 * <p>Exit codes: 2 when the settings are wrong, 1 when the stack did not start or an application died.
 */
public final class RunCommand {

    private RunCommand() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("mentra.root", ".")).toAbsolutePath().normalize();
        boolean fresh = Boolean.getBoolean("mentra.fresh") || List.of(args).contains("--fresh");
        LocalStack stack;
        try {
            stack = new LocalStack(StackSettings.fromEnvironment(root, System.getenv(), fresh), System.out);
        } catch (StackStartException e) {
            System.err.println("Mentra cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "mentra-stop"));
        try {
            stack.start();
        } catch (StackStartException e) {
            System.err.println();
            System.err.println("Mentra did not start: " + e.getMessage());
            stack.close();
            System.exit(1);
        }
        printWelcome(stack.settings(), System.getenv(), System.out);
        stack.awaitFailure().ifPresent(failure -> {
            System.err.println(failure);
            stack.close();
            System.exit(1);
        });
    }

    /** Where Mentra, its health and each service's API are, where the data lives, and the demo accounts if on. */
    static void printWelcome(StackSettings settings, Map<String, String> environment, PrintStream out) {
        out.println();
        out.printf("  %-17s %s/%n", "Mentra", settings.url(StackApp.GATEWAY));
        out.printf("  %-17s %s/q/health/ready%n", "Health", settings.url(StackApp.GATEWAY));
        for (StackApp app : StackApp.values()) {
            if (app != StackApp.GATEWAY) {
                out.printf("  %-17s %s/q/openapi%n", app.module(), settings.url(app));
            }
        }
        out.printf("  %-17s %s  (./mvnw -Prun -Dfresh wipes it)%n", "Data", settings.dataDir());
        if (!"false".equals(environment.get("MENTRA_DEMO_ACCOUNTS"))
                && !"clerk".equals(environment.get("MENTRA_IDENTITY_MODE"))) {
            out.println();
            out.println("  Demo accounts (password " + DemoAccount.PASSWORD + "):");
            for (DemoAccount account : DemoAccount.values()) {
                out.printf("    %-21s %s%n", account.email(), account.role());
            }
        }
        out.println();
        out.println("Press Ctrl-C to stop.");
    }
}
