package org.casework.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A page that starts at any offset (a lazy grid asks for rows by offset and limit, not by page number). */
public final class OffsetPageable extends PageRequest {

    private final long offset;

    private OffsetPageable(long offset, int limit, Sort sort) {
        super((int) (offset / limit), limit, sort);
        this.offset = offset;
    }

    public static Pageable at(int offset, int limit, Sort sort) {
        int size = Math.max(1, Math.min(limit, 1000));
        return new OffsetPageable(Math.max(0, offset), size, sort);
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetPageable other && other.offset == offset && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + super.hashCode();
    }
}
