package org.casework.reporting;

import java.util.List;

/** A feature contributes the definitions of its figures (its tables, its SQL). */
public interface FigureSource {
    List<Figure> figures();
}
