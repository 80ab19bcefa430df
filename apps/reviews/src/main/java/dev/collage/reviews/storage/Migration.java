package dev.collage.reviews.storage;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One numbered step of the schema, from {@code db/migration/V<version>.sql}. Its first line,
 * a {@code --} comment, describes it. Statements end with a semicolon at the end of a line;
 * the SQL is written once for every backend.
 */
public record Migration(int version, String description, String sql) {

    public List<String> statements() {
        String withoutComments =
                sql.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
