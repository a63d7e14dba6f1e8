package com.smpacademy.common;

/**
 * A request that breaks a business rule (not a typo in a field): the message says what rule and what to do instead,
 * and is shown to the person as it is.
 */
public class RuleViolationException extends RuntimeException {
    public RuleViolationException(String message) {
        super(message);
    }
}
