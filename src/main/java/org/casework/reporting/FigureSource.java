package org.casework.reporting;

import java.util.List;

/**
 * A feature contributes the definitions of its figures (its tables, its SQL). The catalogue lists the
 * figures section by section; within a section, sources with a lower {@link #order()} come first, and
 * a source's figures keep their order.
 */
public interface FigureSource {

    List<Figure> figures();

    default int order() {
        return 100;
    }
}
