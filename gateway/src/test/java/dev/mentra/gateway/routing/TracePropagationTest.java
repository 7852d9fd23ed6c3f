package dev.mentra.gateway.routing;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mentra.gateway.testing.UpstreamStandIns;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.mentra.gateway.testing.Callers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway is where a call's trace starts (or, when the browser sends a {@code traceparent}, continues): the
 * service it forwards to receives the gateway's own span as parent, in the same trace.
 */
@QuarkusTest
@WithTestResource(UpstreamStandIns.class)
@WithTestResource(TokenTestResource.class)
class TracePropagationTest {

    private static final String TRACEPARENT = "traceparent";

    @Test
    void theServiceContinuesTheBrowsersTraceUnderTheGatewaysSpan() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String browserSpan = "00f067aa0ba902b7";
        String path = "/api/bookings/" + UUID.randomUUID();
        signedIn().header(TRACEPARENT, "00-" + traceId + "-" + browserSpan + "-00").get(path)
                .then().statusCode(200);

        List<String> forwardedAll = received(path).getHeaders().getHeader(TRACEPARENT).values();
        assertThat(forwardedAll).hasSize(1);
        String forwarded = forwardedAll.get(0);
        assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
        assertThat(forwarded).doesNotContain(browserSpan);
    }

    @Test
    void aCallWithoutTraceStartsOneThatReachesTheService() {
        String path = "/api/bookings/" + UUID.randomUUID();
        signedIn().get(path).then().statusCode(200);

        assertThat(received(path).getHeader(TRACEPARENT)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    private static LoggedRequest received(String path) {
        List<LoggedRequest> requests = UpstreamStandIns.SERVERS.get(Upstream.BOOKING)
                .findAll(getRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
