package dev.collage.recommendations.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog that cannot be served. Thrown at start, so a broken file stops the app before it
 * answers a single request; the message names every entry and field at fault.
 */
public final class InvalidCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<CatalogProblem> problems;

    public InvalidCatalogException(String source, List<CatalogProblem> problems) {
        super("catalog " + source + " is invalid:\n"
                + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
