package dev.collage.recommendations.catalog;

/**
 * One thing wrong with one catalog entry.
 *
 * @param index the entry's position in {@code products}, from 0, or -1 for the file as a whole
 * @param id the entry's id when it has a readable one, else {@code null}
 * @param field the field at fault, e.g. {@code price}
 */
public record CatalogProblem(int index, String id, String field, String message) {

    /** {@code products[3] (id "4").price must be greater than 0, was -2}. */
    public String describe() {
        if (index < 0) {
            return field + " " + message;
        }
        String where = "products[" + index + "]" + (id == null ? "" : " (id \"" + id + "\")");
        return where + "." + field + " " + message;
    }
}
