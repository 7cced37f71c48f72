package org.casework.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * All figure definitions, collected from the features' {@link FigureSource}s, by key, in catalogue order
 * (the order of spec/figures.md: section by section).
 */
@Component
public class FigureCatalog {

    private final Map<String, Figure> byKey;

    FigureCatalog(List<FigureSource> sources) {
        List<FigureSource> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparingInt(FigureSource::order));
        List<Figure> figures = new ArrayList<>();
        ordered.forEach(source -> figures.addAll(source.figures()));
        figures.sort(Comparator.comparing(Figure::section));
        Map<String, Figure> map = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (map.put(f.key(), f) != null) {
                throw new IllegalStateException("Figure key defined twice: " + f.key());
            }
        }
        this.byKey = Collections.unmodifiableMap(map);
    }

    public List<Figure> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Figure> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The figure behind a key, including a breakdown key such as
     * {@code penalty.decisions.byProcedure.SIMPLE} (returns the breakdown and the code).
     */
    public Optional<Resolved> resolve(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Figure direct = byKey.get(key);
        if (direct != null) {
            return Optional.of(new Resolved(direct, null));
        }
        for (Figure f : byKey.values()) {
            if (f instanceof Figure.Breakdown b && key.startsWith(b.key() + ".") && key.length() > b.key().length() + 1) {
                return Optional.of(new Resolved(b, key.substring(b.key().length() + 1)));
            }
        }
        return Optional.empty();
    }

    /** The label of a key: the figure's label, or for a part of a breakdown, the parent's label with the part's. */
    public String labelOf(String key) {
        return resolve(key).map(r -> r.code() == null ? r.figure().label()
                : ((Figure.Breakdown) r.figure()).labelOf(r.code())).orElse(key);
    }

    public record Resolved(Figure figure, String code) {
    }
}
