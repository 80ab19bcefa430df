package dev.collage.weather.cities;

/**
 * One month of a city's climate: the mean daily high and low, and on how many days of the
 * month some precipitation falls (about 1 mm or more).
 */
public record MonthlyNormal(double highC, double lowC, double wetDays) {}
