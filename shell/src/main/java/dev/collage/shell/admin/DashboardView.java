package dev.collage.shell.admin;

import dev.collage.shell.web.Chrome;

/** The dashboard page: the shop's chrome and the script that fills it from the admin API. */
public record DashboardView(Chrome chrome, String script) {}
