package dev.mentra.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static dev.mentra.local.testing.JsonSurgery.readJson;
import static org.assertj.core.api.Assertions.assertThat;

/** What {@link HostileInputContract} accepts as an answer to a hostile request. */
final class HostileAnswers {

    private HostileAnswers() {
    }

    /** A 4xx problem+json naming {@code field}. */
    static void namedRefusal(Response answer, String field) {
        refusal(answer);
        assertThat(answer.statusCode()).as("status of " + answer.asString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        readJson(answer.asString()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        // an item of a set has no index to be named by: its list is named instead
        String container = field.replaceFirst("\\[\\d+]$", "");
        assertThat(fields).as("fields named by " + answer.asString())
                .containsAnyOf(field.isEmpty() ? "body" : field, container);
    }

    /**
     * A 4xx problem+json without a stack trace; or, from a streaming route whose answer had already begun, an event
     * stream whose first event carries a 4xx problem (how such routes report a refusal, e.g. an unknown id).
     */
    static void refusal(Response answer) {
        if (answer.statusCode() == 200 && String.valueOf(answer.contentType()).startsWith("text/event-stream")) {
            String first = answer.asString().lines().filter(line -> line.startsWith("data:")).findFirst().orElse("");
            JsonNode event = readJson(first.isEmpty() ? "{}" : first.substring(5));
            assertThat(event.path("problem").path("status").asInt()).as("refusal in " + abbreviate(first))
                    .isBetween(400, 499);
            assertThat(first).doesNotContain("\tat ", ".java:", "Exception");
            return;
        }
        assertThat(answer.statusCode()).as("status of " + abbreviate(answer.asString())).isBetween(400, 499);
        problemWithoutStackTrace(answer);
    }

    /** Answered as the valid request is: text the contract cleans is taken, not refused. */
    static void accepted(HostileRoute route, Response answer) {
        int status = answer.statusCode();
        if (status < 200 || status > 299) {
            assertThat(route.sampleStatuses).as(route + " takes cleaned text (" + abbreviate(answer.asString()) + ")")
                    .contains(status);
        }
    }

    /** Anything but a 5xx; a refusal is a problem+json without a stack trace. */
    static void notServerError(Response answer) {
        assertThat(answer.statusCode()).as("status of " + abbreviate(answer.asString())).isLessThan(500);
        if (answer.statusCode() >= 400) {
            problemWithoutStackTrace(answer);
        }
    }

    static void problemWithoutStackTrace(Response answer) {
        assertThat(answer.contentType()).as("content type of " + abbreviate(answer.asString()))
                .startsWith("application/problem+json");
        assertThat(answer.asString()).doesNotContain("\tat ", ".java:", "Exception");
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
