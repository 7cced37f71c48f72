package org.casework.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import java.util.Set;
import org.casework.base.FlushedRows;
import org.casework.base.HibernateListeners;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes an audit row for every insert, update and delete of one of our entities, in the same
 * transaction as the change: what changed (field: old → new), who, when, which record. The rows are
 * written in one batch when a flush ends ({@link FlushedRows}).
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** Fields whose change alone is not worth a row (bookkeeping of logins, optimistic locks). */
    private static final Set<String> QUIET = Set.of("version", "failedLogins", "lockedUntil", "updatedAt");
    private static final Set<String> SECRET = Set.of("passwordHash");
    /** Entities that are an audit trail themselves: their new rows are not copied into the log. */
    private static final ClassValue<Boolean> TRAILS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isAnnotationPresent(AuditTrail.class);
        }
    };

    private final EntityManagerFactory emf;

    EntityChangeAuditor(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @PostConstruct
    void register() {
        HibernateListeners.append(emf, this, EventType.POST_INSERT, EventType.POST_UPDATE, EventType.POST_DELETE);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (AuditService.bulk() || TRAILS.get(event.getPersister().getMappedClass())) {
            return;
        }
        EntityPersister persister = event.getPersister();
        log(event.getSession(), "新增", persister, event.getId(), describe(persister, null, event.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (AuditService.bulk()) {
            return;
        }
        String detail = describe(event.getPersister(), event.getOldState(), event.getState());
        if (!detail.isEmpty()) {
            log(event.getSession(), "修改", event.getPersister(), event.getId(), detail);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (AuditService.bulk()) {
            return;
        }
        EntityPersister persister = event.getPersister();
        log(event.getSession(), "删除", persister, event.getId(), describe(persister, null, event.getDeletedState()));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void log(EventSource session, String action, EntityPersister persister, Object id, String detail) {
        String user = AuditService.currentUser();
        FlushedRows.add(session, AuditService.INSERT, AuditService.row(user, action, entityName(persister), id, detail, null));
    }

    private static String entityName(EntityPersister persister) {
        String name = persister.getEntityName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String describe(EntityPersister persister, Object[] oldState, Object[] newState) {
        String[] names = persister.getPropertyNames();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            Object before = oldState == null ? null : oldState[i];
            Object after = newState == null ? null : newState[i];
            if (QUIET.contains(names[i]) || after instanceof java.util.Collection<?>) {
                continue;
            }
            if (oldState != null && Objects.equals(before, after)) {
                continue;
            }
            if (oldState == null && after == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(names[i]).append(": ");
            if (SECRET.contains(names[i])) {
                sb.append("(已更改)");
            } else if (oldState != null) {
                sb.append(before).append(" → ").append(after);
            } else {
                sb.append(after);
            }
        }
        return sb.toString();
    }
}
