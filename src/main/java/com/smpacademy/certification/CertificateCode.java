package com.smpacademy.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes like {@code SMP-7KQ2-M9XD-4}: 8 random characters in Crockford's base32 (no I, L, O or U, so
 * nothing is misread), 40 random bits, never sequential, and a check character computed with the Luhn mod 32
 * algorithm, which catches every single mistyped character and most swaps of neighbours.
 */
public final class CertificateCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new random code. */
    static String generate() {
        char[] data = new char[8];
        for (int i = 0; i < data.length; i++) {
            data[i] = ALPHABET.charAt(RANDOM.nextInt(32));
        }
        String body = new String(data);
        return format(body + check(body));
    }

    /** What went wrong with a typed code, or the normalised code. */
    public sealed interface Parsed permits Valid, Malformed {
    }

    public record Valid(String code) implements Parsed {
    }

    public record Malformed(String message) implements Parsed {
    }

    /**
     * Reads a code as a person might type it: any case, with or without the SMP prefix and hyphens, with O for 0
     * and I or L for 1.
     */
    public static Parsed parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Malformed("Enter the certificate code, e.g. SMP-7KQ2-M9XD-4.");
        }
        String s = typed.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (s.startsWith("SMP")) {
            s = s.substring(3);
        }
        s = s.replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != 9) {
            return new Malformed("A certificate code has 9 characters after SMP (e.g. SMP-7KQ2-M9XD-4); this one "
                    + "has " + s.length() + ".");
        }
        for (char c : s.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return new Malformed("\"" + c + "\" does not occur in certificate codes. Please check the code.");
            }
        }
        String body = s.substring(0, 8);
        if (check(body) != s.charAt(8)) {
            return new Malformed("The check character does not match — please check the code for a typo.");
        }
        return new Valid(format(s));
    }

    static String format(String nine) {
        return "SMP-" + nine.substring(0, 4) + "-" + nine.substring(4, 8) + "-" + nine.charAt(8);
    }

    /** Luhn mod N with N = 32. */
    static char check(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            addend = addend / 32 + addend % 32;
            sum += addend;
        }
        int remainder = sum % 32;
        return ALPHABET.charAt((32 - remainder) % 32);
    }

    static Optional<String> normalise(String typed) {
        return parse(typed) instanceof Valid v ? Optional.of(v.code()) : Optional.empty();
    }
}
