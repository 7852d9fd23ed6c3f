package dev.mentra.identity.service;

import dev.mentra.identity.SigningKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysJwksTest {

    @Test
    void theJwksListsThePublishedKeysAsStoredInOrder() throws Exception {
        SigningKey current = key("ins_current", JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        SigningKey retired = key("ins_retired", JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        assertThat(SigningKeys.toJwks(List.of(current, retired)))
                .isEqualTo("{\"keys\":[" + current.publicJwk + "," + retired.publicJwk + "]}");
        assertThat(SigningKeys.toJwks(List.of())).isEqualTo("{\"keys\":[]}");
    }

    @Test
    void aPrivateMemberNeverLeavesInTheJwks() throws Exception {
        SigningKey key = key("ins_private", JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        assertThat(key.publicJwk).contains("\"d\"");
        assertThat(SigningKeys.toJwks(List.of(key))).doesNotContain("\"d\"").doesNotContain("\"p\"")
                .contains("\"kid\":\"ins_private\"");
    }

    private static SigningKey key(String kid, JsonWebKey.OutputControlLevel level) throws Exception {
        RsaJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048);
        jwk.setKeyId(kid);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        SigningKey key = new SigningKey();
        key.kid = kid;
        key.publicJwk = jwk.toJson(level);
        return key;
    }
}
