package dev.collage.weather.cities;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** A city's twelve monthly normals, January first. */
public record ClimateNormals(List<MonthlyNormal> months) {

    public ClimateNormals {
        months = List.copyOf(months);
        if (months.size() != 12) {
            throw new IllegalArgumentException("climate normals need 12 months, got " + months.size());
        }
    }

    public MonthlyNormal of(Month month) {
        return months.get(month.ordinal());
    }

    /**
     * The normal for one day. A month's normal describes its middle; days in between lie on a
     * straight line to the neighbouring month's, so a forecast does not jump on the 1st.
     */
    public MonthlyNormal on(LocalDate date) {
        double position = (date.getDayOfMonth() - 0.5) / date.lengthOfMonth() - 0.5;
        Month neighbour =
                position < 0 ? date.getMonth().minus(1) : date.getMonth().plus(1);
        double w = Math.abs(position);
        MonthlyNormal here = of(date.getMonth());
        MonthlyNormal there = of(neighbour);
        double wetShare = (1 - w) * here.wetDays() / date.lengthOfMonth()
                + w * there.wetDays() / neighbour.length(date.isLeapYear());
        return new MonthlyNormal(
                (1 - w) * here.highC() + w * there.highC(),
                (1 - w) * here.lowC() + w * there.lowC(),
                wetShare * date.lengthOfMonth());
    }
}
