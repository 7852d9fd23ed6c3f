package dev.mentra.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An RSA key of the local issuer. Retired keys stay published until the tokens they signed have expired. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    public String kid;

    /** PKCS#8 encrypted with the key named by {@link #encryptedWith} (nonce + ciphertext, base64). */
    @Column(name = "private_key", nullable = false)
    public String privateKey;

    /** The key encryption key's id ({@code kek_…}); null: plain base64 PKCS#8 (before encryption, or outside prod). */
    @Column(name = "encrypted_with")
    public String encryptedWith;

    /** The public half as a JWK (JSON). */
    @Column(name = "public_jwk", nullable = false)
    public String publicJwk;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;
}
