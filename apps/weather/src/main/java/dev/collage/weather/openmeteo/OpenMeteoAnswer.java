package dev.collage.weather.openmeteo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collage.weather.cities.City;
import dev.collage.weather.forecast.CurrentWeather;
import dev.collage.weather.forecast.DailyForecast;
import dev.collage.weather.forecast.Forecast;
import dev.collage.weather.forecast.ForecastResult;
import dev.collage.weather.forecast.ForecastUnavailable;
import dev.collage.weather.forecast.ForecastUnavailable.Reason;
import dev.collage.weather.forecast.Source;
import dev.collage.weather.forecast.WeatherCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.OptionalInt;

/**
 * Reads what Open-Meteo's {@code /v1/forecast} answered. Its errors are a 4xx with
 * {@code {"error": true, "reason": "..."}}; anything else that is not the JSON we asked for
 * is a bad response, named by its first missing or wrong field.
 */
final class OpenMeteoAnswer {

    static final int DAYS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenMeteoAnswer() {}

    static ForecastResult read(City city, int status, String body) {
        if (status >= 500) {
            return unavailable(Reason.UPSTREAM_ERROR, "Open-Meteo answered " + status);
        }
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root != null && root.path("error").asBoolean(false)) {
            String reason = root.path("reason").asText("").strip();
            return unavailable(
                    Reason.REJECTED,
                    "Open-Meteo refused the request (" + status + "): "
                            + (reason.isEmpty() ? "no reason given" : reason));
        }
        if (status != 200) {
            return unavailable(Reason.UPSTREAM_ERROR, "Open-Meteo answered " + status);
        }
        if (root == null || !root.isObject()) {
            return unavailable(Reason.BAD_RESPONSE, "Open-Meteo's answer is not a JSON object");
        }
        try {
            return forecast(city, root);
        } catch (BadField e) {
            return unavailable(Reason.BAD_RESPONSE, "Open-Meteo's answer has " + e.getMessage());
        }
    }

    private static Forecast forecast(City city, JsonNode root) {
        JsonNode current = root.path("current");
        var now = new CurrentWeather(
                number(current.path("temperature_2m"), "current.temperature_2m"),
                code(current.path("weather_code"), "current.weather_code"),
                number(current.path("wind_speed_10m"), "current.wind_speed_10m"));
        JsonNode daily = root.path("daily");
        JsonNode time = series(daily, "time");
        JsonNode codes = series(daily, "weather_code");
        JsonNode highs = series(daily, "temperature_2m_max");
        JsonNode lows = series(daily, "temperature_2m_min");
        JsonNode chances = series(daily, "precipitation_probability_max");
        var days = new ArrayList<DailyForecast>(DAYS);
        for (int i = 0; i < DAYS; i++) {
            String at = "[" + i + "]";
            days.add(new DailyForecast(
                    date(time.get(i), "daily.time" + at),
                    number(highs.get(i), "daily.temperature_2m_max" + at),
                    number(lows.get(i), "daily.temperature_2m_min" + at),
                    code(codes.get(i), "daily.weather_code" + at),
                    chance(chances.get(i), "daily.precipitation_probability_max" + at)));
        }
        return new Forecast(city, Source.OPEN_METEO, now, days.get(0), days.subList(1, DAYS));
    }

    private static JsonNode series(JsonNode daily, String field) {
        JsonNode values = daily.path(field);
        if (!values.isArray() || values.size() < DAYS) {
            throw new BadField("no daily." + field + " with " + DAYS + " values");
        }
        return values;
    }

    private static double number(JsonNode value, String label) {
        if (!value.isNumber()) {
            throw new BadField("no number in " + label);
        }
        return value.asDouble();
    }

    private static WeatherCode code(JsonNode value, String label) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || !WeatherCode.isValid(value.asInt())) {
            throw new BadField("no WMO weather code (0-99) in " + label);
        }
        return new WeatherCode(value.asInt());
    }

    private static LocalDate date(JsonNode value, String label) {
        try {
            return LocalDate.parse(value.asText(""));
        } catch (DateTimeParseException e) {
            throw new BadField("no ISO date in " + label);
        }
    }

    /** Open-Meteo sends null where its model has no probability for the day: unknown, not zero. */
    private static OptionalInt chance(JsonNode value, String label) {
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 100) {
            throw new BadField("no percentage in " + label);
        }
        return OptionalInt.of((int) Math.round(value.asDouble()));
    }

    private static ForecastUnavailable unavailable(Reason reason, String detail) {
        return new ForecastUnavailable(Source.OPEN_METEO, reason, detail);
    }

    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
