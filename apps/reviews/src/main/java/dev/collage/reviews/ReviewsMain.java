package dev.collage.reviews;

import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/** Reads the configuration, builds the app, starts it. See README.md for the variables. */
public final class ReviewsMain {

    private ReviewsMain() {}

    public static void main(String[] args) {
        try {
            var config = ReviewsConfig.fromEnvironment(System.getenv());
            var app = ReviewsApp.open(config, Clock.systemUTC(), new SecureRandom());
            try {
                app.microApp().run(app.server(), ReviewsApp.DEFAULT_PORT);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
        } catch (Exception e) {
            LoggerFactory.getLogger(ReviewsMain.class).error("event=start_failed problem=\"{}\"", e.getMessage(), e);
            // pool and server threads would otherwise keep a half-started process alive
            System.exit(1);
        }
    }
}
