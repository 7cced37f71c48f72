package org.casework.base;

/** Where a record came from: logged through the screens (or a workflow), or imported from a ledger. */
public enum Origin {
    SCREEN, IMPORT
}
