package org.casework.calendar;

import java.util.List;

/**
 * A result of a calendar computation with the warnings the screens must show, e.g. that it reached
 * into a year whose official holidays are not loaded yet (the result then treats that year's
 * weekdays as working days: a guess the user is told about, never a silent one).
 */
public record Computed<T>(T value, List<String> warnings) {

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
