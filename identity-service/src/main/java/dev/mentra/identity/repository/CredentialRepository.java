package dev.mentra.identity.repository;

import dev.mentra.identity.Credential;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class CredentialRepository implements PanacheRepositoryBase<Credential, String> {
}
