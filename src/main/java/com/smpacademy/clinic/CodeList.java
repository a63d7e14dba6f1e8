package com.smpacademy.clinic;

import com.smpacademy.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Certificate codes pasted as a list or uploaded as CSV: one code a row, in the column headed "code" (or the first
 * column), an optional header row, blank rows skipped. At most {@value #MAX_ROWS} codes.
 */
final class CodeList {

    static final int MAX_ROWS = 1000;
    static final int MAX_BYTES = 256 * 1024;

    /** A code as it was found, with the line it was on (1-based, as a spreadsheet numbers it). */
    record Line(int number, String code) {
    }

    private CodeList() {
    }

    static List<Line> fromUpload(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "The file " + fileName + " is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "The file " + fileName + " is larger than 256 KB. Upload at most "
                    + MAX_ROWS + " codes, one a row.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "The file " + fileName + " is not a CSV or text file (UTF-8). "
                    + "Save it from your spreadsheet as \"CSV UTF-8\".");
        }
        if (text.indexOf('\0') >= 0) {
            throw InvalidInputException.of("file", "The file " + fileName + " is not a CSV or text file.");
        }
        return parse(text);
    }

    static List<Line> parse(String text) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] rows = clean.split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        int column = 0;
        boolean first = true;
        for (int i = 0; i < rows.length; i++) {
            List<String> cells = cells(rows[i]);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (first) {
                first = false;
                int header = headerColumn(cells);
                if (header >= 0) {
                    column = header;
                    continue;
                }
            }
            String code = column < cells.size() ? cells.get(column).trim() : "";
            if (code.isEmpty()) {
                code = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("").trim();
            }
            out.add(new Line(i + 1, code));
            if (out.size() > MAX_ROWS) {
                throw InvalidInputException.of("file", "The list has more than " + MAX_ROWS + " codes. Split it "
                        + "into files of at most " + MAX_ROWS + " rows.");
            }
        }
        if (out.isEmpty()) {
            throw InvalidInputException.of("file", "No certificate codes found. Put one code a row, e.g. "
                    + "SMP-7KQ2-M9XD-4.");
        }
        return out;
    }

    /** The column of a header row ("code", "Certificate code" …), or -1 when the row holds data. */
    private static int headerColumn(List<String> cells) {
        for (String c : cells) {
            if (c.trim().toUpperCase(Locale.ROOT).startsWith("SMP")) {
                return -1;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).toLowerCase(Locale.ROOT);
            if (c.contains("code") || c.contains("certificate")) {
                return i;
            }
        }
        boolean allWords = cells.stream().allMatch(c -> c.isBlank() || c.trim().matches("[\\p{L} _#.()/-]+"));
        return allWords && cells.stream().noneMatch(c -> c.trim().length() == 9 || c.trim().length() == 12)
                ? 0 : -1;
    }

    /** Splits one CSV row on commas or semicolons, honouring double quotes. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == ';' || ch == '\t') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
