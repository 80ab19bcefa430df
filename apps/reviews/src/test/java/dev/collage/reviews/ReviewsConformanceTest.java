package dev.collage.reviews;

import dev.collage.conformance.ContractConformanceTest;
import dev.collage.conformance.RunningApp;
import dev.collage.reviews.storage.DatabaseSettings;
import dev.collage.reviews.testing.TickingClock;
import java.nio.file.Files;
import java.util.Map;
import java.util.Random;

/** The reviews app keeps the Collage contract, with its sample reviews as data. */
class ReviewsConformanceTest extends ContractConformanceTest {

    @Override
    protected RunningApp startApp() throws Exception {
        var dir = Files.createTempDirectory("reviews-conformance-");
        var config = new ReviewsConfig(new DatabaseSettings.SqliteFile(dir.resolve("reviews.db")), true);
        var app = ReviewsApp.open(config, new TickingClock(), new Random(1)).start("127.0.0.1", 0);
        return RunningApp.onLocalPort(app.port(), () -> {
            app.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        });
    }

    @Override
    protected Map<String, String> contentParameters() {
        return Map.of("product", "1");
    }
}
