package org.casework.petitions;

import java.time.LocalDate;

/**
 * One deadline of a petition as a clock: its due date, when it was met (null while running), and how it
 * stands today. {@code daysLeft} counts calendar days (negative when overdue), as the periods do.
 */
public record PetitionClock(PetitionDeadline deadline, LocalDate due, LocalDate met, State state, long daysLeft) {

    public enum State {
        /** Running, more than three working days left. */
        RUNNING,
        /** Running, at most three working days left (the inbox's amber). */
        DUE_SOON,
        /** Running and past its due date. */
        OVERDUE,
        /** Met on or before the due date. */
        MET,
        /** Met after the due date. */
        MET_LATE
    }

    public boolean running() {
        return met == null;
    }
}
