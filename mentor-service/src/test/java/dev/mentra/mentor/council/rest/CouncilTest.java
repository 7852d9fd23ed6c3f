package dev.mentra.mentor.council.rest;

import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CouncilTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String A = "c-" + RUN + "-a";
    private static final String B = "c-" + RUN + "-b";
    private static final String C = "c-" + RUN + "-c";

    @BeforeAll
    static void seed() {
        TestDatabase db = TestDatabase.of("mentor");
        for (String id : List.of(A, B, C)) {
            db.update("INSERT INTO mentor (id, kind, display_name, headline, bio) VALUES (?, 'AI', ?, 'A council test mentor', 'Bio')",
                    id, "Mentor " + id);
        }
        db.update("INSERT INTO council (id, name, purpose, chair_mentor_id) VALUES (?, 'Test public council', 'Testing', ?)",
                "c-" + RUN + "-public", A);
        db.update("INSERT INTO council_member (council_id, mentor_id, position) VALUES (?, ?, 1), (?, ?, 2)",
                "c-" + RUN + "-public", A, "c-" + RUN + "-public", B);
    }

    @Test
    void publicCouncilsAreListedForEveryoneWithTheirMembers() {
        given().get("/api/councils").then().statusCode(200).body("id", hasItem("c-" + RUN + "-public"));
        given().get("/api/councils/c-" + RUN + "-public").then().statusCode(200)
                .body("chairMentorId", equalTo(A))
                .body("members.id", equalTo(List.of(A, B)));
    }

    @Test
    void aPersonAssemblesAPrivateCouncilOnlyTheyCanSee() {
        String owner = TestTokens.anyUser().sign();
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "My board", "memberIds", List.of(A, B, C), "chairId", C))
                .post("/api/councils").then().statusCode(201)
                .body("mine", equalTo(true)).body("members", hasSize(3)).body("chairMentorId", equalTo(C))
                .extract().jsonPath().getString("id");

        given().auth().oauth2(owner).get("/api/councils/" + id).then().statusCode(200);
        given().auth().oauth2(owner).get("/api/councils").then().body("id", hasItem(id));
        String stranger = TestTokens.anyUser().sign();
        given().auth().oauth2(stranger).get("/api/councils/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/councils").then().body("id", not(hasItem(id)));
        given().get("/api/councils/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).delete("/api/councils/" + id).then().statusCode(404);
        given().auth().oauth2(owner).delete("/api/councils/" + id).then().statusCode(204);
        given().auth().oauth2(owner).get("/api/councils/" + id).then().statusCode(404);
    }

    @Test
    void aCouncilNeedsTwoToFiveActiveAiMentorsAndAChairAmongThem() {
        String owner = TestTokens.anyUser().sign();
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Solo", "memberIds", List.of(A, A)))
                .post("/api/councils").then().statusCode(400).body("type", equalTo("https://mentra.dev/problems/council-size"));
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Ghosts", "memberIds", List.of(A, "no-such-mentor")))
                .post("/api/councils").then().statusCode(400).body("type", equalTo("https://mentra.dev/problems/unknown-member"));
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Outside chair", "memberIds", List.of(A, B), "chairId", C))
                .post("/api/councils").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("name", "Anon", "memberIds", List.of(A, B)))
                .post("/api/councils").then().statusCode(401);
    }

    private static final String ADMIN = TestTokens.anyUser().roles("mentee", "admin").sign();

    @Test
    void anAdminCuratesAPublicCouncilEveryoneSeesAndRewritesItsMembersAndChair() {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Curated " + RUN, "purpose", "Questions about testing councils", "memberIds", List.of(A, B), "chairId", B))
                .post("/api/councils/curated").then().statusCode(201)
                .body("curated", equalTo(true)).body("mine", equalTo(false)).body("chairMentorId", equalTo(B))
                .extract().jsonPath().getString("id");
        given().get("/api/councils").then().body("find { it.id == '" + id + "' }.curated", equalTo(true));
        given().auth().oauth2(TestTokens.anyUser().sign()).get("/api/councils/" + id).then().statusCode(200)
                .body("members.id", equalTo(List.of(A, B)));

        // B keeps a seat at another position, A leaves, C joins and chairs
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed " + RUN, "purpose", "Sharper purpose", "memberIds", List.of(C, B), "chairId", C))
                .put("/api/councils/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed " + RUN)).body("members.id", equalTo(List.of(C, B)))
                .body("chairMentorId", equalTo(C)).body("curated", equalTo(true));
        given().get("/api/councils/" + id).then().statusCode(200)
                .body("purpose", equalTo("Sharper purpose")).body("members.id", equalTo(List.of(C, B)));

        given().auth().oauth2(ADMIN).delete("/api/councils/" + id).then().statusCode(204);
        given().get("/api/councils/" + id).then().statusCode(404);
    }

    @Test
    void aCuratedCouncilKeepsTheRulesOfEveryCouncilAndSaysWhatItIsFor() {
        String id = "c-" + RUN + "-public";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "No purpose", "memberIds", List.of(A, B)))
                .post("/api/councils/curated").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("purpose"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Too many", "purpose", "p", "memberIds", List.of(A, B, C, "d", "e", "f")))
                .put("/api/councils/" + id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Outside chair", "purpose", "p", "memberIds", List.of(A, B), "chairId", C))
                .put("/api/councils/" + id).then().statusCode(400).body("type", equalTo("https://mentra.dev/problems/chair-not-member"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x".repeat(81), "purpose", "p", "memberIds", List.of(A, B)))
                .put("/api/councils/" + id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Ghost", "purpose", "p", "memberIds", List.of(A, "no-such-mentor")))
                .put("/api/councils/" + id).then().statusCode(400).body("type", equalTo("https://mentra.dev/problems/unknown-member"));
        // a refused rewrite changed nothing
        given().get("/api/councils/" + id).then().body("name", equalTo("Test public council")).body("members.id", equalTo(List.of(A, B)));
    }

    @Test
    void onlyAdminsCurateAMenteeIsRefusedEveryCurationCall() {
        String mentee = TestTokens.anyUser().roles("mentee").sign();
        String id = "c-" + RUN + "-public";
        Map<String, Object> body = Map.of("name", "Hijacked", "purpose", "p", "memberIds", List.of(A, B));
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(body).post("/api/councils/curated").then().statusCode(403);
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body(body).put("/api/councils/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(mentee).delete("/api/councils/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/councils/curated").then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).put("/api/councils/" + id).then().statusCode(401);
        given().get("/api/councils/" + id).then().body("name", equalTo("Test public council"));
    }

    @Test
    void aPersonRewritesTheirOwnCouncilAndNobodyElseCanAdminsIncluded() {
        String owner = TestTokens.anyUser().sign();
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "Mine", "memberIds", List.of(A, B)))
                .post("/api/councils").then().statusCode(201).body("curated", equalTo(false))
                .extract().jsonPath().getString("id");
        Map<String, Object> rewrite = Map.of("name", "Mine, rewritten", "memberIds", List.of(A, B, C), "chairId", C);
        given().auth().oauth2(TestTokens.anyUser().sign()).contentType(ContentType.JSON).body(rewrite)
                .put("/api/councils/" + id).then().statusCode(404);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(rewrite).put("/api/councils/" + id).then().statusCode(404);
        given().auth().oauth2(ADMIN).delete("/api/councils/" + id).then().statusCode(404);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(rewrite).put("/api/councils/" + id).then().statusCode(200)
                .body("name", equalTo("Mine, rewritten")).body("members", hasSize(3)).body("mine", equalTo(true));
    }
}
