package dev.mentra.platform.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemBodyTest {

    @Test
    void writesTheMembersInTheContractOrderUnderMentrasTypePrefix() {
        assertThat(ProblemBody.of("rate-limited", "Too many requests", 429, "Try again in 3 s", "/api/x").encode())
                .isEqualTo("{\"type\":\"https://mentra.dev/problems/rate-limited\",\"title\":\"Too many requests\","
                        + "\"status\":429,\"detail\":\"Try again in 3 s\",\"instance\":\"/api/x\"}");
    }

    @Test
    void theTypeOfAKindOfProblemIsItsSlugUnderThePrefix() {
        assertThat(ProblemBody.type("validation")).hasToString("https://mentra.dev/problems/validation");
        assertThat(ProblemBody.MEDIA_TYPE).isEqualTo("application/problem+json");
    }
}
