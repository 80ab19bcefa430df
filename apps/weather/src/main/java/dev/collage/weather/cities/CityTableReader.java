package dev.collage.weather.cities;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the city table: a JSON array of cities with their climate normals. The table is
 * checked as a whole at start, so a typo stops the app with the entry's line and field
 * instead of showing a visitor nonsense later.
 */
public final class CityTableReader {

    private static final Set<String> FIELDS =
            Set.of("id", "name", "country", "latitude", "longitude", "timezone", "high", "low", "wetDays");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CityTableReader() {}

    /** Reads {@code resource} from the class path. */
    public static List<City> readResource(String resource) {
        try (InputStream in = CityTableReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidCityTableException(resource + " is not on the class path");
            }
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads a table from {@code in}; {@code name} is what error messages call it. */
    public static List<City> read(String name, InputStream in) throws IOException {
        var cities = new ArrayList<City>();
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidCityTableException(
                        name + " line " + line(parser) + ": must be a JSON array of cities");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                int line = line(parser);
                JsonNode node = parser.readValueAsTree();
                String where = name + " line " + line + " (entry " + (cities.size() + 1) + idOf(node) + ")";
                cities.add(city(node, where));
            }
            if (token != JsonToken.END_ARRAY) {
                throw new InvalidCityTableException(
                        name + " line " + line(parser) + ": every entry must be a JSON object, found " + token);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidCityTableException(
                    name + " line " + (at == null ? "?" : at.getLineNr()) + ": not valid JSON: "
                            + e.getOriginalMessage(),
                    e);
        }
        if (cities.isEmpty()) {
            throw new InvalidCityTableException(name + ": the table has no cities");
        }
        return List.copyOf(cities);
    }

    private static City city(JsonNode node, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new InvalidCityTableException(where + ": unknown field '" + field + "'; known fields are "
                        + FIELDS.stream().sorted().toList());
            }
        }
        String id = text(node, "id", where);
        if (!CityIds.isWellFormed(id)) {
            throw new InvalidCityTableException(
                    where + ": id '" + id + "' must be lower-case letters and digits joined by hyphens");
        }
        String name = text(node, "name", where);
        String country = text(node, "country", where);
        if (!COUNTRY.matcher(country).matches()) {
            throw new InvalidCityTableException(where + ": country '" + country + "' must be a two-letter ISO code");
        }
        double latitude = number(node, "latitude", where, -90, 90);
        double longitude = number(node, "longitude", where, -180, 180);
        ZoneId zone = zone(text(node, "timezone", where), where);
        double[] high = months(node, "high", where, -60, 60);
        double[] low = months(node, "low", where, -70, 50);
        double[] wet = months(node, "wetDays", where, 0, 31);
        var normals = new ArrayList<MonthlyNormal>(12);
        for (int m = 0; m < 12; m++) {
            if (low[m] >= high[m]) {
                throw new InvalidCityTableException(
                        where + ": month " + (m + 1) + " has low " + low[m] + " not below high " + high[m]);
            }
            normals.add(new MonthlyNormal(high[m], low[m], wet[m]));
        }
        return new City(id, name, country, latitude, longitude, zone, new ClimateNormals(normals));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCityTableException(where + ": '" + field + "' must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static double number(JsonNode node, String field, String where, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new InvalidCityTableException(where + ": '" + field + "' must be a number");
        }
        return within(value.asDouble(), "'" + field + "'", where, min, max);
    }

    private static double[] months(JsonNode node, String field, String where, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray() || value.size() != 12) {
            throw new InvalidCityTableException(
                    where + ": '" + field + "' must be an array of 12 numbers, January first"
                            + (value != null && value.isArray() ? ", has " + value.size() : ""));
        }
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            JsonNode month = value.get(m);
            if (!month.isNumber()) {
                throw new InvalidCityTableException(
                        where + ": '" + field + "' month " + (m + 1) + " must be a number, is " + month);
            }
            out[m] = within(month.asDouble(), "'" + field + "' month " + (m + 1), where, min, max);
        }
        return out;
    }

    private static double within(double value, String label, String where, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidCityTableException(
                    where + ": " + label + " is " + value + ", must be from " + min + " to " + max);
        }
        return value;
    }

    private static ZoneId zone(String id, String where) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidCityTableException(where + ": timezone '" + id + "' is not a known time zone");
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isTextual() ? ", id '" + id.asText() + "'" : "";
    }

    private static int line(JsonParser parser) {
        return parser.currentLocation().getLineNr();
    }
}
