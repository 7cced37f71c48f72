package org.casework.base;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Registers our listeners for events of the Hibernate session factory behind JPA. */
public final class HibernateListeners {

    private HibernateListeners() {
    }

    /** Appends the listener for each of these events; it must implement each event's listener interface. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void append(EntityManagerFactory emf, Object listener, EventType<?>... types) {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        for (EventType type : types) {
            if (!type.baseListenerInterface().isInstance(listener)) {
                throw new IllegalArgumentException(listener.getClass().getName() + " does not listen to " + type.eventName());
            }
            registry.appendListeners(type, listener);
        }
    }
}
