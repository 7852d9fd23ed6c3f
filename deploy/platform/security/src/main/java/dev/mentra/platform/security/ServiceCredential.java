package dev.mentra.platform.security;

import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * This service's own credential ({@code mentra.internal.credential}), sent in {@link InternalCallers#HEADER} on
 * every call of a REST client that registers it: {@code @RegisterProvider(ServiceCredential.class)} on clients of
 * another service's {@code /internal/...} API, and on no other client (it must never reach an outside party).
 */
@Singleton
public class ServiceCredential implements ClientRequestFilter {

    private final Optional<String> credential;

    public ServiceCredential(@ConfigProperty(name = "mentra.internal.credential") Optional<String> credential) {
        this.credential = credential.filter(c -> !c.isBlank());
    }

    @Override
    public void filter(ClientRequestContext request) {
        credential.ifPresent(c -> request.getHeaders().putSingle(InternalCallers.HEADER, c));
    }
}
