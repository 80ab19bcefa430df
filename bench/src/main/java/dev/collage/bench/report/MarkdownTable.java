package dev.collage.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table, built row by row; numbers are right-aligned. */
final class MarkdownTable {

    private final List<String> header;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns whose name starts with {@code #} are numeric (the {@code #} is not shown). */
    MarkdownTable(String... columns) {
        this.header = new ArrayList<>();
        this.numeric = new ArrayList<>();
        for (String column : columns) {
            boolean isNumber = column.startsWith("#");
            header.add(isNumber ? column.substring(1) : column);
            numeric.add(isNumber);
        }
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + header.size() + " cells, not " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        var out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (boolean isNumber : numeric) {
            out.append(isNumber ? "---:|" : "---|");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
