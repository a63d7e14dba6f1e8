package com.smpacademy.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which audit events to list: days are inclusive and read in UTC; {@code actor} matches part of the actor's email,
 * ignoring case. Every part is optional.
 */
public record AuditFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor,
                          @Nullable AuditAction action) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
