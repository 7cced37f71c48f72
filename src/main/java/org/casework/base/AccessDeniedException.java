package org.casework.base;

/** The user's role or organisation scope does not allow the action. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
