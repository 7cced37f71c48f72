package org.casework.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** All figure definitions, collected from the features' {@link FigureSource}s, by key. */
@Component
public class FigureCatalog {

    private final Map<String, Figure> byKey;

    FigureCatalog(List<FigureSource> sources) {
        Map<String, Figure> map = new LinkedHashMap<>();
        for (FigureSource source : sources) {
            for (Figure f : source.figures()) {
                if (map.put(f.key(), f) != null) {
                    throw new IllegalStateException("Figure key defined twice: " + f.key());
                }
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
        Figure direct = byKey.get(key);
        if (direct != null) {
            return Optional.of(new Resolved(direct, null));
        }
        for (Figure f : byKey.values()) {
            if (f instanceof Figure.Breakdown b && key.startsWith(b.key() + ".")) {
                return Optional.of(new Resolved(b, key.substring(b.key().length() + 1)));
            }
        }
        return Optional.empty();
    }

    public record Resolved(Figure figure, String code) {
    }
}
