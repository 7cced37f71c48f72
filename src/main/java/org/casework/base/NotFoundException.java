package org.casework.base;

/** A record does not exist, or lies outside the user's organisation scope (we do not tell which). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
