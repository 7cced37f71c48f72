package org.casework.base;

/** What importing one ledger row did to the record it identifies. */
public enum ImportOutcome {
    CREATED, UPDATED, UNCHANGED
}
