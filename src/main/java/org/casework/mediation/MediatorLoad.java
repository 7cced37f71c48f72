package org.casework.mediation;

import org.casework.staff.MediatorDetail;

/** A mediator of the roster with the disputes on hand (not closed) and those closed this year. */
public record MediatorLoad(MediatorDetail mediator, long openDisputes, long closedThisYear) {
}
