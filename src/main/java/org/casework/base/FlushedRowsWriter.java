package org.casework.base;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.springframework.stereotype.Component;

/** Writes the {@link FlushedRows} of a session after each of its flushes (runs after Hibernate's own listener). */
@Component
class FlushedRowsWriter implements FlushEventListener, AutoFlushEventListener {

    private final EntityManagerFactory emf;

    FlushedRowsWriter(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @PostConstruct
    void register() {
        HibernateListeners.append(emf, this, EventType.FLUSH, EventType.AUTO_FLUSH);
    }

    @Override
    public void onFlush(FlushEvent event) {
        FlushedRows.flushed(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        FlushedRows.flushed(event.getSession());
    }
}
