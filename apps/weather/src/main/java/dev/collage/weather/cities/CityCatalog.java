package dev.collage.weather.cities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cities the app knows: lookup by id and search by the start of a name. */
public final class CityCatalog {

    private final Map<String, City> byId = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(City city, String folded) {}

    private record Match(City city, int rank, String folded) {}

    public CityCatalog(List<City> cities) {
        for (City city : cities) {
            if (byId.putIfAbsent(city.id(), city) != null) {
                throw new InvalidCityTableException("city id '" + city.id() + "' appears more than once");
            }
            entries.add(new Entry(city, SearchText.fold(city.name())));
        }
    }

    /** The bundled table. */
    public static CityCatalog bundled() {
        return new CityCatalog(CityTableReader.readResource("cities.json"));
    }

    public Optional<City> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public List<City> all() {
        return List.copyOf(byId.values());
    }

    /**
     * Cities whose name, or a word of it, starts with {@code prefix}, ignoring accents and
     * case. A name that starts with it ranks above one where a later word does ("de" lists Denver
     * before New Delhi); within a rank, alphabetical.
     */
    public List<City> search(String prefix, int limit) {
        String q = SearchText.fold(prefix);
        if (q.isEmpty()) {
            return List.of();
        }
        var matches = new ArrayList<Match>();
        for (Entry e : entries) {
            int rank = rank(e.folded(), q);
            if (rank >= 0) {
                matches.add(new Match(e.city(), rank, e.folded()));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Match::rank).thenComparing(Match::folded))
                .limit(limit)
                .map(Match::city)
                .toList();
    }

    private static int rank(String name, String q) {
        if (name.equals(q)) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        return name.contains(" " + q) ? 2 : -1;
    }
}
