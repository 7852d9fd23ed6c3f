package dev.mentra.mentor.catalog.rest;

import dev.mentra.local.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class CatalogSearchTest {

    /** Distinct words per run, so the test's own mentors are the only ones that match. */
    private static final String RUN = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeAll
    static void seed() {
        TestDatabase db = TestDatabase.of("mentor");
        insert(db, "t-" + RUN + "-kube", "AI", "Kai Kubernetes", RUN + " Kubernetes operations mentor",
                "I help teams run Kubernetes clusters and " + RUN + " deployments reliably.", "{kubernetes,devops," + RUN + "}", "{en}");
        insert(db, "t-" + RUN + "-cook", "AI", "Cora Cooking", RUN + " cooking and kitchen mentor",
                "Cooking for busy people, with a note on kubernetes only in passing: " + RUN, "{cooking," + RUN + "}", "{en,pt}");
        insert(db, "t-" + RUN + "-lead", "AI", "Leo Leadership", RUN + " engineering leadership",
                "Growing engineering managers. " + RUN, "{leadership,management," + RUN + "}", "{de}");
        for (int i = 0; i < 5; i++) {
            insert(db, "t-" + RUN + "-page" + i, "AI", "Page Mentor " + i, RUN + " pagination mentor " + i,
                    "Listed to test pages " + RUN, "{paging," + RUN + "}", "{en}");
        }
    }

    private static void insert(TestDatabase db, String id, String kind, String name, String headline, String bio,
                               String expertise, String languages) {
        db.update("""
                INSERT INTO mentor (id, kind, display_name, headline, bio, expertise, languages, system_prompt)
                VALUES (?, ?, ?, ?, ?, ?::text[], ?::text[], 'secret persona instructions')""",
                id, kind, name, headline, bio, expertise, languages);
    }

    @Test
    void theMentorWhoseNameAndExpertiseMatchComesBeforeOneThatMerelyMentionsIt() {
        given().queryParam("q", "kubernetes " + RUN).get("/api/mentors").then().statusCode(200)
                .body("items[0].id", equalTo("t-" + RUN + "-kube"))
                .body("items.id", hasItem("t-" + RUN + "-cook"));
    }

    @Test
    void filtersByKindExpertiseAndLanguage() {
        given().queryParam("q", RUN).queryParam("expertise", "Leadership").get("/api/mentors").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo("t-" + RUN + "-lead"));
        given().queryParam("q", RUN).queryParam("language", "pt").get("/api/mentors").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo("t-" + RUN + "-cook"));
        given().queryParam("q", RUN).queryParam("kind", "HUMAN").get("/api/mentors").then().body("total", equalTo(0));
        given().queryParam("q", RUN).queryParam("kind", "AI").get("/api/mentors").then()
                .body("items.kind", everyItem(equalTo("AI")));
    }

    @Test
    void pagesAreStableAndDisjoint() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(given().queryParam("expertise", "paging").queryParam("sort", "name")
                    .queryParam("size", 2).queryParam("page", page)
                    .get("/api/mentors").then().statusCode(200).body("total", equalTo(5))
                    .extract().jsonPath().getList("items.id", String.class));
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates()
                .containsExactly("t-" + RUN + "-page0", "t-" + RUN + "-page1", "t-" + RUN + "-page2",
                        "t-" + RUN + "-page3", "t-" + RUN + "-page4");
    }

    @Test
    void aProfileNeverShowsThePersonasInstructions() {
        given().get("/api/mentors/t-" + RUN + "-kube").then().statusCode(200)
                .body("displayName", equalTo("Kai Kubernetes"))
                .body("$", not(hasKey("systemPrompt")));
        given().get("/api/mentors/nobody-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badSearchParametersAreProblemsNamingThem() {
        given().queryParam("size", 0).queryParam("kind", "ROBOT").queryParam("sort", "random")
                .get("/api/mentors").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(3));
    }
}
