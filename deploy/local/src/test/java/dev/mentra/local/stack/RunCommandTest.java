package dev.mentra.local.stack;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the run command says once the stack is ready. */
class RunCommandTest {

    private static final StackSettings SETTINGS = StackSettings.fromEnvironment(Path.of("/repo"), Map.of(), false);

    private static String welcome(Map<String, String> environment) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RunCommand.printWelcome(SETTINGS, environment, new PrintStream(printed, true));
        return printed.toString();
    }

    @Test
    void theWelcomeSaysWhereMentraItsServicesAndItsDataAreAndHowToSignIn() {
        assertThat(welcome(Map.of())).contains(
                "  Mentra            http://localhost:8080/",
                "  Health            http://localhost:8080/q/health/ready",
                "  identity-service  http://localhost:8081/q/openapi",
                "  chat-service      http://localhost:8084/q/openapi",
                "  Data              /repo/deploy/local/data  (./mvnw -Prun -Dfresh wipes it)",
                "  Demo accounts (password mentra-demo-password):",
                "    mentee@mentra.local   a mentee",
                "    mentor@mentra.local   a human mentor (with a profile in the catalog)",
                "    admin@mentra.local    an admin",
                "Press Ctrl-C to stop.");
    }

    @Test
    void noDemoAccountsAreOfferedWhenTheyAreOffOrClerkSignsPeopleIn() {
        assertThat(welcome(Map.of("MENTRA_DEMO_ACCOUNTS", "false"))).doesNotContain("Demo accounts", "@mentra.local");
        assertThat(welcome(Map.of("MENTRA_IDENTITY_MODE", "clerk"))).doesNotContain("Demo accounts");
    }
}
