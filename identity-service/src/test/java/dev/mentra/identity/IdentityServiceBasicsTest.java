package dev.mentra.identity;

import dev.mentra.identity.testing.Accounts;
import dev.mentra.identity.testing.SelfIssuerTestResource;
import dev.mentra.local.testing.KafkaTestResource;
import dev.mentra.local.testing.PostgresTestResource;
import dev.mentra.local.testing.ServiceBasicsContract;
import dev.mentra.local.testing.TestDatabase;
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

    /** identity-service verifies only its own tokens here: a person signs up through the API. */
    @Override
    protected String signedInToken() {
        return Accounts.signUp().token();
    }

    @Override
    protected String adminToken() {
        Accounts.Person person = Accounts.signUp();
        TestDatabase.of("identity").update("UPDATE app_user SET roles = ARRAY['admin','mentee'] WHERE id = ?", person.id());
        return Accounts.renew(person);
    }
}
