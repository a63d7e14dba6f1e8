package com.smpacademy.common;

import org.jspecify.annotations.Nullable;

/** CSV cells for exports people open in a spreadsheet. */
public final class Csv {

    private Csv() {
    }

    /**
     * A quoted cell: quotes doubled, line breaks flattened, and text starting with =, +, - or @ prefixed with an
     * apostrophe so a spreadsheet never runs it as a formula (CSV injection).
     */
    public static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value.replace("\r", " ").replace("\n", " ");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
