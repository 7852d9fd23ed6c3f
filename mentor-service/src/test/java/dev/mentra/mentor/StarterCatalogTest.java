package dev.mentra.mentor;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

/** The catalog a fresh installation ships with: distinct AI mentors, councils, and search that finds the right one. */
@QuarkusTest
class StarterCatalogTest {

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
            "how do I get promoted to senior engineer, ai-engineering-career",
            "raising a seed round from investors, ai-startups",
            "prioritising the product roadmap, ai-product",
            "building an emergency fund and paying off debt, ai-finance",
            "my first month as a new manager, ai-leadership",
            "burnout and setting boundaries, ai-wellbeing"})
    void aQuestionFindsTheMentorOfItsFieldFirst(String question, String mentorId) {
        given().queryParam("q", question).queryParam("kind", "AI").get("/api/mentors").then().statusCode(200)
                .body("items[0].id", equalTo(mentorId));
    }

    @Test
    void atLeastSixAiMentorsInDistinctFieldsAndTwoCouncilsShip() {
        given().queryParam("kind", "AI").queryParam("size", 100).get("/api/mentors").then()
                .body("items.id", hasItems("ai-engineering-career", "ai-startups", "ai-product", "ai-finance",
                        "ai-leadership", "ai-wellbeing"));
        given().get("/api/councils").then().body("id", hasItems("council-launch", "council-career"));
        given().get("/api/councils/council-launch").then().body("chairMentorId", equalTo("ai-startups"))
                .body("members.size()", greaterThanOrEqualTo(3));
    }

    @Test
    void everyAiMentorHasAtLeastTwentyFiveAdviceCards() {
        var db = dev.mentra.local.testing.TestDatabase.of("mentor");
        org.assertj.core.api.Assertions.assertThat(db.count("""
                SELECT count(*) FROM mentor m WHERE m.id IN ('ai-engineering-career', 'ai-startups', 'ai-product',
                  'ai-finance', 'ai-leadership', 'ai-wellbeing', 'ai-career-change')
                AND (SELECT count(*) FROM advice_card c WHERE c.mentor_id = m.id) >= 25""")).isEqualTo(7);
    }

    @Test
    void theStarterCatalogIsAnnouncedOnceSoOtherServicesKnowItsMentors() throws Exception {
        try (dev.mentra.local.testing.TopicReader reader = dev.mentra.local.testing.TopicReader.of("mentors.v1")) {
            var announced = reader.await(1, r -> "ai-wellbeing".equals(r.key()), java.time.Duration.ofSeconds(30));
            com.fasterxml.jackson.databind.JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(announced.get(0).value());
            org.assertj.core.api.Assertions.assertThat(event.get("type").asText()).isEqualTo("mentor.published");
            org.assertj.core.api.Assertions.assertThat(event.get("data").get("kind").asText()).isEqualTo("AI");
            // marked, so a restart announces nothing again
            org.assertj.core.api.Assertions.assertThat(dev.mentra.local.testing.TestDatabase.of("mentor")
                    .count("SELECT count(*) FROM mentor WHERE NOT announced")).isZero();
            org.assertj.core.api.Assertions.assertThat(reader.drain(r -> "ai-wellbeing".equals(r.key()),
                    java.time.Duration.ofSeconds(2))).hasSize(0);
        }
    }
}
