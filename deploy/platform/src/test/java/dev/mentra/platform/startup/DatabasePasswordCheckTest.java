package dev.mentra.platform.startup;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision behind the start-up refusal (a prod-profile Quarkus start is left to the system test). */
class DatabasePasswordCheckTest {

    @Test
    void productionWithTheDefaultPasswordIsRefusedNamingTheVariable() {
        assertThat(DatabasePasswordCheck.refusal(true, Optional.of("postgres")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("DB_PASSWORD").contains("default"));
    }

    @Test
    void productionWithAPasswordOfItsOwnStarts() {
        assertThat(DatabasePasswordCheck.refusal(true, Optional.of("a-password-of-its-own"))).isEmpty();
    }

    @Test
    void devAndTestMayUseTheDefault() {
        assertThat(DatabasePasswordCheck.refusal(false, Optional.of("postgres"))).isEmpty();
    }

    @Test
    void aServiceWithoutADatabaseIsNotConcerned() {
        assertThat(DatabasePasswordCheck.refusal(true, Optional.empty())).isEmpty();
    }
}
