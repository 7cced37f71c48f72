package org.casework.base;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/** Tells the {@link ReferenceCache} when Hibernate writes a {@link ReferenceEntity} or one of its collections. */
@Component
class ReferenceChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    private final EntityManagerFactory emf;
    private final ReferenceCache cache;

    ReferenceChangeListener(EntityManagerFactory emf, ReferenceCache cache) {
        this.emf = emf;
        this.cache = cache;
    }

    @PostConstruct
    void register() {
        HibernateListeners.append(emf, this, EventType.POST_INSERT, EventType.POST_UPDATE, EventType.POST_DELETE,
                EventType.POST_COLLECTION_RECREATE, EventType.POST_COLLECTION_UPDATE, EventType.POST_COLLECTION_REMOVE);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        changedCollection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        changedCollection(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        changedCollection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void changedCollection(AbstractCollectionEvent event) {
        changed(event.getAffectedOwnerOrNull());
    }

    private void changed(Object entity) {
        if (entity instanceof ReferenceEntity) {
            cache.changing();
        }
    }
}
