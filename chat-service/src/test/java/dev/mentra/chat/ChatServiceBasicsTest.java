package dev.mentra.chat;

import dev.mentra.chat.testing.MentorServiceStub;
import dev.mentra.local.testing.KafkaTestResource;
import dev.mentra.local.testing.PostgresTestResource;
import dev.mentra.local.testing.ServiceBasicsContract;
import dev.mentra.local.testing.TokenTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real PostgreSQL and Kafka, the test issuer's JWKS and the mentor-service stand-in for every test of this service
 * (global scope: started once, shared).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "chat"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MentorServiceStub.class, scope = TestResourceScope.GLOBAL)
class ChatServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "chat-service";
    }

    @Override
    protected String database() {
        return "chat";
    }
}
