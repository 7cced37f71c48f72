package org.casework.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that is itself a trail of who did what and when (a dispute's or petition's
 * timeline: append-only rows with actor, time and action; an issued document with its issuer and time).
 * The audit log does not copy its new rows; changing or deleting one is still recorded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditTrail {
}
