package dev.collage.weather.web;

/** The card when the forecast source failed: which city, and whose fault. */
public record UnavailableCard(String cityName, String sourceLabel) {}
