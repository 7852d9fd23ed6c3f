package dev.mentra.identity;

import dev.mentra.local.testing.KafkaTestResource;
import dev.mentra.local.testing.PostgresTestResource;
import dev.mentra.local.testing.ServiceBasicsContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real PostgreSQL and Kafka for every test of this service (global scope: started once, shared). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "identity"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SelfIssuerTestResource.class, scope = TestResourceScope.GLOBAL)
class IdentityServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "identity-service";
    }

    @Override
    protected String database() {
        return "identity";
    }
}
