package com.smpacademy.account;

import org.jspecify.annotations.Nullable;

/** A cohort with its head counts, as lists show it. */
public record CohortSummary(long id, String name, @Nullable String description, long trainees, long instructors) {
}
