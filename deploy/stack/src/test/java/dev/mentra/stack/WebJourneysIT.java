package dev.mentra.stack;

import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web client's user journeys in a real browser (Debian's Chromium driven by Playwright, from
 * {@code gateway/src/main/webui/e2e}) against the packaged stack the run command starts. Each journey's result is
 * written as a JUnit report next to this class's; screenshots of every main screen land in
 * {@code target/e2e/screenshots}.
 */
class WebJourneysIT {

    private static final Duration SUITE_TIMEOUT = Duration.ofMinutes(15);

    private static LocalStack stack;
    private static Path webui;
    private static Path output;

    @BeforeAll
    static void startStack() throws Exception {
        stack = SharedStack.get();
        Path root = Path.of(System.getProperty("mentra.root", "../..")).toAbsolutePath().normalize();
        webui = root.resolve("gateway/src/main/webui");
        output = Path.of("target/e2e").toAbsolutePath();
        Files.createDirectories(output);
    }

    @Test
    void everyMenteeJourneyWorksInTheBrowser() throws Exception {
        // the admin's replay journey needs a parked event of its own (see ParkedEventFixture)
        var parked = ParkedEventFixture.make(SharedStack.gateway(), stack.kafkaBootstrapServers(), stack.database());
        int exit = playwright("journeys", List.of("--grep-invert", "@service-down"), parked.environment());
        assertThat(exit).as("Playwright journeys (report: target/failsafe-reports/TEST-playwright-journeys.xml, "
                + "artifacts: target/e2e)").isZero();
    }

    /** With booking-service stopped, a person sees a clear message and a retry, and the rest of Mentra works. */
    @Test
    void aStoppedServiceIsShownAsUnavailableAndComesBack() throws Exception {
        stack.stopApp(StackApp.BOOKING);
        try {
            int exit = playwright("service-down", List.of("--grep", "@service-down"), Map.of());
            assertThat(exit).as("Playwright @service-down journeys").isZero();
        } finally {
            stack.startApp(StackApp.BOOKING);
        }
    }

    private static int playwright(String name, List<String> args, Map<String, String> environment) throws Exception {
        Path cli = webui.resolve("node_modules/.bin/playwright");
        assertThat(cli).as("the web client's packages (installed by the gateway's build)").exists();
        List<String> command = new ArrayList<>(List.of(cli.toString(), "test"));
        command.addAll(args);
        // Not inheritIO(): this JVM's stdin is failsafe's command channel (node switches an inherited stdin to
        // non-blocking, and the fork then dies with "std/in stream corrupted"), and output written past System.out
        // would corrupt the fork's event stream. Playwright gets no input; its output is copied to System.out.
        ProcessBuilder builder = new ProcessBuilder(command).directory(webui.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "MENTRA_URL", SharedStack.gateway(),
                "MENTRA_E2E_OUTPUT", output.resolve(name).toString(),
                "MENTRA_E2E_SCREENSHOTS", output.resolve("screenshots").toString(),
                "PLAYWRIGHT_JUNIT_OUTPUT_NAME",
                Path.of("target/failsafe-reports/TEST-playwright-" + name + ".xml").toAbsolutePath().toString(),
                "CI", "true"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = process.inputReader()) {
                lines.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("Playwright's output ended: " + e.getMessage());
            }
        }, "playwright-" + name);
        copier.setDaemon(true);
        copier.start();
        if (!process.waitFor(SUITE_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Playwright did not finish within " + SUITE_TIMEOUT);
        }
        copier.join(Duration.ofSeconds(10).toMillis());
        return process.exitValue();
    }
}
