package dev.collage.reviews.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void statementsAreSplitAtSemicolonsEndingALineAndCommentsAreDropped() {
        var migration = new Migration(
                1,
                "two tables",
                "-- two tables\nCREATE TABLE a (x INTEGER);\n-- why b\nCREATE TABLE b (\n  y TEXT\n);");

        assertThat(migration.statements())
                .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n  y TEXT\n)");
    }

    @Test
    void bundledMigrationsAreNumberedFromOneAndDescribed() {
        var bundled = SchemaMigrator.bundled();

        assertThat(bundled).extracting(Migration::version).startsWith(1, 2);
        assertThat(bundled)
                .allSatisfy(m -> assertThat(m.description()).isNotBlank().doesNotStartWith("--"));
    }

    @Test
    void migrationsWithAGapAreRefused() {
        var one = new Migration(1, "one", "SELECT 1;");
        var three = new Migration(3, "three", "SELECT 3;");

        assertThatThrownBy(() -> new SchemaMigrator(List.of(one, three), java.time.Clock.systemUTC()))
                .hasMessageContaining("without gaps");
    }
}
