package dev.mentra.gateway.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** With Clerk, its Frontend API (named by the publishable key) joins the policy, and nothing else does. */
class ClerkContentSecurityPolicyTest {

    private static String key(String host) {
        return "pk_test_" + Base64.getEncoder().encodeToString((host + "$").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePublishableKeyNamesClerksFrontendApi() {
        assertThat(ClerkFrontendApi.originOf(key("clerk.mentra.example"))).contains("https://clerk.mentra.example");
        assertThat(ClerkFrontendApi.originOf(key("happy-cat-12.clerk.accounts.dev")))
                .contains("https://happy-cat-12.clerk.accounts.dev");
    }

    @Test
    void aKeyThatIsNotClerksOrCarriesMoreThanAHostWidensNothing() {
        assertThat(ClerkFrontendApi.originOf("sk_test_abc")).isEmpty();
        assertThat(ClerkFrontendApi.originOf("pk_test_!!!")).isEmpty();
        assertThat(ClerkFrontendApi.originOf(key("evil.example; script-src *"))).isEmpty();
        assertThat(ClerkFrontendApi.originOf(key("no-dollar").replace("JA==", ""))).isEmpty();
    }

    @Test
    void thePolicyAllowsClerksScriptsConnectionsAndFramesOnlyInClerkMode() {
        String local = WebClientRoutes.contentSecurityPolicy(Optional.empty());
        assertThat(local).contains("script-src 'self';").doesNotContain("clerk").doesNotContain("frame-src");
        String clerk = WebClientRoutes.contentSecurityPolicy(Optional.of("https://clerk.mentra.example"));
        assertThat(clerk)
                .contains("script-src 'self' https://clerk.mentra.example;")
                .contains("connect-src 'self' https://clerk.mentra.example;")
                .contains("frame-src https://clerk.mentra.example https://challenges.cloudflare.com");
    }
}
