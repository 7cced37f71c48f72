package org.casework.base;

/** What the UI shell shows of the signed-in user. */
public interface SignedInUser {
    String getUsername();

    String displayName();

    String orgName();
}
