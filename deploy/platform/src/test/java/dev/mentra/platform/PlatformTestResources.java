package dev.mentra.platform;

import dev.mentra.local.testing.KafkaTestResource;
import dev.mentra.local.testing.PostgresTestResource;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Real PostgreSQL and Kafka, and a stand-in JWKS for tokens, for every test of this module, started once. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "platform"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
public final class PlatformTestResources {
    private PlatformTestResources() {
    }
}
