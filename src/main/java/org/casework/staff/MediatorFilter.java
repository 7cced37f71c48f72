package org.casework.staff;

/**
 * Filters of the roster: a body (with the bodies below it), on the roster today or not, text in the name.
 * Every filter may be null.
 */
public record MediatorFilter(Long bodyId, Boolean active, String text) {

    public static MediatorFilter none() {
        return new MediatorFilter(null, null, null);
    }
}
