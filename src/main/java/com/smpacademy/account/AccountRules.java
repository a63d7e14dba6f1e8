package com.smpacademy.account;

import com.smpacademy.common.InvalidInputException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The input rules for accounts: names, emails and password strength, each with a message a person can act on. */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 128;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final char[] TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Passwords that appear at the top of every breach list, plus the obvious ones for this academy. */
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssword1",
            "1234567890", "12345678910", "0123456789", "qwertyuiop", "qwerty1234", "qwerty12345", "1q2w3e4r5t",
            "iloveyou12", "welcome123", "welcome1234", "letmein123", "admin12345", "administrator", "abc1234567",
            "abcdefghij", "football12", "baseball12", "dragon1234", "sunshine12", "monkey1234", "trustno1234",
            "changeme123", "smpacademy", "smpacademy1", "smp-academy", "micropigmentation", "scalpmicro1",
            "tattoo1234", "trainee123", "instructor1");

    private AccountRules() {
    }

    static String normaliseEmail(@Nullable String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static String normaliseName(@Nullable String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ");
    }

    static void checkName(String name, InvalidInputException.Collector errors) {
        if (name.isEmpty()) {
            errors.add("name", "Enter your full name.");
        } else if (name.length() < 2) {
            errors.add("name", "Enter at least 2 characters.");
        } else if (name.length() > 100) {
            errors.add("name", "Use at most 100 characters.");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "The name contains characters that cannot be printed.");
        }
    }

    static void checkEmail(String email, InvalidInputException.Collector errors) {
        if (email.isEmpty()) {
            errors.add("email", "Enter an email address.");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add("email", "Enter an email address like name@example.com.");
        }
    }

    /**
     * Why a password is too weak, or null when it is acceptable. The rules follow NIST SP 800-63B: length matters
     * most, known passwords are refused, and nothing is demanded that only makes passwords harder to remember.
     */
    static @Nullable String passwordWeakness(@Nullable String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return "Choose a password.";
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return "Use at least " + MIN_PASSWORD_LENGTH + " characters.";
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return "Use at most " + MAX_PASSWORD_LENGTH + " characters.";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "This password is too common. Choose one that is harder to guess.";
        }
        if (password.chars().distinct().count() < 4) {
            return "This password repeats too few characters. Choose one that is harder to guess.";
        }
        boolean hasLetter = password.chars().anyMatch(Character::isLetter);
        boolean hasOther = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            return "Mix letters with digits, spaces or symbols.";
        }
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (localPart.length() >= 3 && lower.contains(localPart.toLowerCase(Locale.ROOT))) {
            return "Do not use your email address in your password.";
        }
        for (String part : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (part.length() >= 3 && lower.contains(part)) {
                return "Do not use your name in your password.";
            }
        }
        return null;
    }

    static void checkNewPassword(@Nullable String password, @Nullable String confirmation, String email, String name,
                                 String field, String confirmField, InvalidInputException.Collector errors) {
        String weakness = passwordWeakness(password, email, name);
        if (weakness != null) {
            errors.add(field, weakness);
        }
        if (confirmation == null || confirmation.isEmpty()) {
            errors.add(confirmField, "Type the password again to confirm it.");
        } else if (!confirmation.equals(password)) {
            errors.add(confirmField, "The two passwords do not match.");
        }
    }

    /** A random password for an account an admin creates; the person changes it after their first login. */
    static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            if (i == 4 || i == 9) {
                sb.append('-');
            } else {
                sb.append(TEMP_ALPHABET[RANDOM.nextInt(TEMP_ALPHABET.length)]);
            }
        }
        // guarantee a digit so the temporary password passes the policy it will be checked against
        return sb.append(RANDOM.nextInt(10)).toString();
    }
}
