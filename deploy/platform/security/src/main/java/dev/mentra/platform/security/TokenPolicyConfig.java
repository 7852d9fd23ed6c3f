package dev.mentra.platform.security;

import io.smallrye.config.ConfigMapping;

import java.util.List;

@ConfigMapping(prefix = "mentra.auth")
public interface TokenPolicyConfig {

    /**
     * Origins a token may have been issued to (its {@code azp} claim), like Clerk's authorized parties: a token
     * minted for another site is refused even though Clerk signed it.
     */
    List<String> authorizedParties();
}
