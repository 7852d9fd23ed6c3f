package dev.mentra.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "mentra.auth")
public interface TokenPolicyConfig {

    /**
     * Origins a token may have been issued to (its {@code azp} claim), like Clerk's authorized parties: a token
     * minted for another site is refused even though Clerk signed it.
     */
    List<String> authorizedParties();

    /**
     * Tokens remembered as verified, until each expires (0 turns the memory off). A few kilobytes each: enough
     * for every person active within a token's lifetime on this replica.
     */
    @WithDefault("20000")
    long verifiedTokens();
}
