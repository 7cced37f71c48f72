package org.casework.base;

/**
 * Marks an entity whose rows are reference data kept in the {@link ReferenceCache}: a change to one
 * through Hibernate makes the cache forget.
 */
public interface ReferenceEntity {
}
