package dev.mentra.stack;

import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import dev.mentra.local.stack.StackSettings;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The system test: starts the packaged stack exactly as the run command does (its own PostgreSQL, Kafka and five
 * application processes, on free ports) and drives it through the gateway like a client.
 */
class StackIT {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        Path root = Path.of(System.getProperty("mentra.root", "../..")).toAbsolutePath().normalize();
        StackSettings settings = StackSettings.isolated(root, Files.createTempDirectory("mentra-stack-it-"));
        stack = new LocalStack(settings, System.out);
        stack.start();
        RestAssured.baseURI = stack.url(StackApp.GATEWAY);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void gatewayIsReadyWithEveryServiceBehindIt() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data", equalTo(Map.of(
                        "identity-service", "UP",
                        "mentor-service", "UP",
                        "booking-service", "UP",
                        "chat-service", "UP")));
    }

    @Test
    void everyPublicPrefixIsAnsweredByTheServiceThatOwnsIt() {
        Map<String, String> owners = Map.ofEntries(
                Map.entry("/api/auth/jwks", "identity-service"),
                Map.entry("/api/me", "identity-service"),
                Map.entry("/api/users/user_1", "identity-service"),
                Map.entry("/webhooks/clerk", "identity-service"),
                Map.entry("/api/mentors", "mentor-service"),
                Map.entry("/api/councils", "mentor-service"),
                Map.entry("/api/bookings", "booking-service"),
                Map.entry("/api/availability", "booking-service"),
                Map.entry("/webhooks/acuity", "booking-service"),
                Map.entry("/api/conversations", "chat-service"),
                Map.entry("/api/chat/ws", "chat-service"));
        owners.forEach((path, service) -> given().get(path).then().header("Mentra-Service", service));
    }

    @Test
    void everyServiceIsReadyWithItsDatabaseAndTheBroker() {
        for (StackApp app : StackApp.values()) {
            given().baseUri(stack.url(app)).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }
}
