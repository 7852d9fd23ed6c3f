package dev.mentra.platform.event;

/** A record on a topic that is not a readable event; it can never be applied, however often it is retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
