package dev.mentra.mentor;

import dev.mentra.platform.security.InternalCallers;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** A request to the internal AI API as chat-service makes it: with chat-service's credential (%test). */
public final class FromChat {

    public static final String CREDENTIAL = "test-chat-service-credential";

    private FromChat() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header(InternalCallers.HEADER, CREDENTIAL);
    }
}
