package com.smpacademy.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a person can correct. Carries one message per field (keyed by the field's name in the service call) so a
 * view can show each message next to the field it concerns; {@link #getMessage()} joins them for callers without
 * fields.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors while a service checks its input, then throws them all at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector add(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
