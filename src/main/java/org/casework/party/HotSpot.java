package org.casework.party;

/** A frequent value in the user's scope for a period: e.g. dimension 信访渠道, value 12345, 37 records. */
public record HotSpot(String dimension, String value, long count) {
}
