package dev.mentra.identity;

import dev.mentra.identity.service.SvixSignature;
import dev.mentra.identity.testing.Accounts;
import dev.mentra.local.testing.HostileInputContract;
import dev.mentra.local.testing.HostileRoute;
import dev.mentra.local.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The hostile-input table against every write route of identity-service: the local issuer's sign-up, sign-in,
 * renewal and sign-out, the own profile, an admin setting roles, and Clerk's signed webhook. (identity-service has
 * no paging route.)
 */
@QuarkusTest
class IdentityHostileInputTest extends HostileInputContract {

    /** As in application.properties' %test profile. */
    private static final SvixSignature SVIX = new SvixSignature("whsec_bG9jYWwtbW9kZS10ZXN0LXNlY3JldC0wMTIzNDU2Nzg5");

    @Override
    protected List<HostileRoute> routes() {
        Accounts.Person signedIn = Accounts.signUp();
        Accounts.Person renewing = Accounts.signUp();
        Accounts.Person leaving = Accounts.signUp();
        Accounts.Person admin = Accounts.signUp();
        TestDatabase.of("identity").update("UPDATE app_user SET roles = ARRAY['admin','mentee'] WHERE id = ?", admin.id());
        String clerkId = "user_" + UUID.randomUUID().toString().replace("-", "");
        return List.of(
                HostileRoute.post("/api/auth/sign-up").json("""
                        {"email": "%s", "password": "correct horse battery", "name": "Pat Example",
                         "timeZone": "Europe/Lisbon"}""".formatted(Accounts.freshEmail())),
                HostileRoute.post("/api/auth/sign-in").json("""
                        {"email": "%s", "password": "%s"}""".formatted(signedIn.email(), Accounts.PASSWORD)),
                HostileRoute.post("/api/auth/token").header("Cookie", () -> "mentra_session=" + renewing.cookie()),
                HostileRoute.post("/api/auth/sign-out").header("Cookie", () -> "mentra_session=" + leaving.cookie()),
                HostileRoute.patch("/api/me").authorization(fresh(signedIn))
                        .json("{\"displayName\": \"Pat Renamed\", \"avatarUrl\": \"https://img.example.org/pat.png\", "
                                + "\"timeZone\": \"Europe/Paris\"}"),
                HostileRoute.put("/api/users/{id}/roles").pathParam("id", signedIn.id()).authorization(fresh(admin))
                        .json("{\"roles\": [\"mentee\", \"mentor\"]}"),
                HostileRoute.post("/webhooks/clerk").foreignJson().signedBy(IdentityHostileInputTest::svixHeaders)
                        .json("""
                                {"type": "user.created", "object": "event", "timestamp": 1700000000000,
                                 "data": {"id": "%s", "object": "user", "first_name": "Cleo", "last_name": "Clerk",
                                  "image_url": "https://img.clerk.com/cleo", "primary_email_address_id": "idn_1",
                                  "email_addresses": [{"id": "idn_1", "email_address": "%s", "object": "email_address"}],
                                  "public_metadata": {"roles": ["mentor"]}, "updated_at": 1700000000000}}"""
                                .formatted(clerkId, Accounts.freshEmail())));
    }

    /** identity-service issues its own tokens: an account made admin in its database. */
    @Override
    protected Supplier<String> adminAuthorization() {
        Accounts.Person admin = Accounts.signUp();
        TestDatabase.of("identity").update("UPDATE app_user SET roles = ARRAY['admin','mentee'] WHERE id = ?", admin.id());
        return fresh(admin);
    }

    /** Session tokens live two minutes: a fresh one for each request. */
    private static Supplier<String> fresh(Accounts.Person person) {
        return () -> "Bearer " + Accounts.renew(person);
    }

    private static Map<String, String> svixHeaders(byte[] body) {
        String id = "msg_" + UUID.randomUUID();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return Map.of("svix-id", id, "svix-timestamp", timestamp,
                "svix-signature", SVIX.signatureFor(id, timestamp, new String(body, StandardCharsets.UTF_8)));
    }
}
