package dev.mentra.identity.repository;

import dev.mentra.identity.Credential;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<Credential, String> {
}
