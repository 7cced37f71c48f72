package org.casework.petitions;

/**
 * Filters of the petition list: an organisation (with its subtree), the year of registration, the
 * channel, the status, text in the number, the petitioner or the subject. Every filter may be null.
 */
public record PetitionFilter(Long orgId, Integer year, String channelCode, PetitionStatus status, String text) {

    public static PetitionFilter none() {
        return new PetitionFilter(null, null, null, null, null);
    }
}
