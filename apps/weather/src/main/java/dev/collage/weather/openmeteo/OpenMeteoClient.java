package dev.collage.weather.openmeteo;

import dev.collage.weather.cities.City;
import dev.collage.weather.forecast.ForecastProvider;
import dev.collage.weather.forecast.ForecastResult;
import dev.collage.weather.forecast.ForecastUnavailable;
import dev.collage.weather.forecast.ForecastUnavailable.Reason;
import dev.collage.weather.forecast.Source;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts from Open-Meteo's {@code /v1/forecast} (or any server that speaks its JSON). One
 * HTTP client for the app's life; every call has one total deadline, connection and body
 * included, so a slow upstream costs a visitor at most that long.
 */
public final class OpenMeteoClient implements ForecastProvider {

    private static final Logger log = LoggerFactory.getLogger(OpenMeteoClient.class);
    private static final String FIELDS = "&current=temperature_2m,weather_code,wind_speed_10m"
            + "&daily=weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max"
            + "&timezone=auto&forecast_days=" + OpenMeteoAnswer.DAYS;

    private final String base;
    private final Duration deadline;
    private final HttpClient http;

    /**
     * @param baseUrl where the API lives, e.g. {@code https://api.open-meteo.com}; a path is
     *     kept ({@code https://proxy.example/open-meteo})
     */
    public OpenMeteoClient(URI baseUrl, Duration deadline) {
        String url = baseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.deadline = deadline;
        this.http = HttpClient.newBuilder()
                .connectTimeout(deadline)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Source source() {
        return Source.OPEN_METEO;
    }

    @Override
    public ForecastResult forecast(City city) {
        var request = HttpRequest.newBuilder(requestUri(city))
                .timeout(deadline)
                .header("Accept", "application/json")
                .GET()
                .build();
        long started = System.nanoTime();
        ForecastResult result = send(city, request);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (result instanceof ForecastUnavailable failure) {
            log.warn(
                    "event=open_meteo_call city={} outcome={} ms={} detail=\"{}\"",
                    city.id(),
                    failure.reason(),
                    ms,
                    failure.detail());
        } else {
            log.info("event=open_meteo_call city={} outcome=ok ms={}", city.id(), ms);
        }
        return result;
    }

    URI requestUri(City city) {
        return URI.create(base + "/v1/forecast?latitude=" + coordinate(city.latitude()) + "&longitude="
                + coordinate(city.longitude()) + FIELDS);
    }

    private ForecastResult send(City city, HttpRequest request) {
        CompletableFuture<HttpResponse<String>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return OpenMeteoAnswer.read(city, response.statusCode(), response.body());
        } catch (TimeoutException e) {
            call.cancel(true);
            return timedOut();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return timedOut();
            }
            String what = cause instanceof ConnectException ? "cannot connect to " : "lost the connection to ";
            return new ForecastUnavailable(Source.OPEN_METEO, Reason.UNREACHABLE, what + "Open-Meteo: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return new ForecastUnavailable(Source.OPEN_METEO, Reason.UNREACHABLE, "interrupted while waiting");
        }
    }

    private ForecastUnavailable timedOut() {
        return new ForecastUnavailable(
                Source.OPEN_METEO, Reason.TIMEOUT, "Open-Meteo did not answer within " + deadline.toMillis() + " ms");
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }
}
