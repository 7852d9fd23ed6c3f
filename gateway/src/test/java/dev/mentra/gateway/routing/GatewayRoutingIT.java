package dev.mentra.gateway.routing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same promises, kept by the packaged application (the JVM package, or the native executable with -Dnative). */
@QuarkusIntegrationTest
class GatewayRoutingIT extends GatewayRoutingTest {
}
