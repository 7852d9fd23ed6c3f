package dev.mentra.booking;

import dev.mentra.local.testing.KafkaTestResource;
import dev.mentra.local.testing.PostgresTestResource;
import dev.mentra.local.testing.ServiceBasicsContract;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real PostgreSQL and Kafka for every test of this service (global scope: started once, shared). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "booking"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class BookingServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "booking-service";
    }

    @Override
    protected String database() {
        return "booking";
    }
}
