package dev.mentra.mentor.ai.service;

/** One message of a conversation with an AI mentor: said by the person, or by the mentor. */
public record Turn(Speaker speaker, String text) {

    public enum Speaker { PERSON, MENTOR }

    public boolean fromPerson() {
        return speaker == Speaker.PERSON;
    }
}
