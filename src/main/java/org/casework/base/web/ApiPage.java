package org.casework.base.web;

import java.util.List;

/** One page of a list answered by the API: the rows, the total number of matching rows, where the page starts. */
public record ApiPage<T>(List<T> items, long total, int offset, int limit) {

    /** The largest page the API hands out. */
    public static final int MAX_LIMIT = 200;

    public static int limit(int requested) {
        return Math.max(1, Math.min(requested, MAX_LIMIT));
    }
}
