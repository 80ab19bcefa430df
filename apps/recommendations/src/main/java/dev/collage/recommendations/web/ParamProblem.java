package dev.collage.recommendations.web;

/**
 * One query parameter a request got wrong, said so that a person can fix the request.
 *
 * @param field the parameter's name, e.g. {@code limit}
 * @param message the whole sentence, e.g. {@code limit must be a whole number from 1 to 12}
 */
public record ParamProblem(String field, String message) {}
