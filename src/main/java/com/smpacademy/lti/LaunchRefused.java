package com.smpacademy.lti;

/**
 * A login initiation or launch that fails closed. {@code check} names what did not match (shown as the page's
 * heading and recorded in the audit log), {@code detail} says what to do about it.
 */
class LaunchRefused extends RuntimeException {

    private final String check;
    private final String detail;

    LaunchRefused(String check, String detail) {
        super(check + ": " + detail);
        this.check = check;
        this.detail = detail;
    }

    String check() {
        return check;
    }

    String detail() {
        return detail;
    }
}
