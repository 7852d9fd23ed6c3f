package dev.mentra.local.stack;

/** The stack could not start; the message says which part and why, in words for the person at the terminal. */
public class StackStartException extends RuntimeException {

    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
