package org.casework.calendar;

/** An entry of the official calendar: a day off, or a weekend day that is a working day (调休上班). */
public enum DayKind {
    HOLIDAY("法定节假日"),
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
