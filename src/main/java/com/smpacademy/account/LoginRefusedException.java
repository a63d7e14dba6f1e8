package com.smpacademy.account;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused by the lock-out, whatever the password. The message is the same whether or not the email has an
 * account.
 */
public class LoginRefusedException extends AuthenticationException {
    public LoginRefusedException(String message) {
        super(message);
    }
}
