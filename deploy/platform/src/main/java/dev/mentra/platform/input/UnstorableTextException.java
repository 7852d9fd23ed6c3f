package dev.mentra.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string (or member name) that PostgreSQL cannot store. Jackson adds the JSON path as it unwinds, so the
 * problem answer names the field ({@code email}, {@code expertise[2]}).
 */
public class UnstorableTextException extends MismatchedInputException {

    public UnstorableTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
    }

    /** What is wrong with the text, without Jackson's location suffix. */
    public String problem() {
        return getOriginalMessage();
    }
}
