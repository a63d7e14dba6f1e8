package com.smpacademy.course;

import com.smpacademy.course.CourseModel.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds text that restates a canonical figure instead of referring to it by key. A figure's {@code detect:} in
 * course.yaml says what a sentence about it looks like ({@code subject}: patterns that make a sentence about this
 * figure; {@code context}: weaker words that only suggest it) and how one of its values is written
 * ({@code number}). In a sentence about the figure, a value whose numbers differ from the canonical one is a
 * contradiction; where the check cannot decide (a quoted source's own figure, a question's scenario or an
 * explanation naming a misconception, only weak context words) the sentence goes to the instructor's review list.
 */
final class FigureCheck {

    /** Where a piece of text sits, which decides how sure the check can be. */
    enum Kind {
        LESSON, STEM, KEY, DISTRACTOR, EXPLANATION
    }

    /** A figure and how to recognise a restatement of it. */
    record Definition(Figure figure, List<Pattern> subject, List<Pattern> context, @Nullable Pattern number) {

        List<String> valueNumbers() {
            return numbers(figure.value());
        }
    }

    /** What the check found in one sentence. */
    enum Verdict {
        CONTRADICTS, SAME_VALUE_UNREFERENCED, REVIEW
    }

    record Finding(Verdict verdict, String message) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z(*\\[\"“])");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*fig:[^}]*}}");
    private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:\\s*[,–-]\\s*\\d+)*]|\\bet al\\b|\\(\\w+[^()]*\\b(19|20)\\d{2}\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private FigureCheck() {
    }

    static List<Finding> check(List<Definition> definitions, String text, Kind kind) {
        List<Finding> findings = new ArrayList<>();
        if (kind == Kind.DISTRACTOR || text.isBlank()) {
            return findings;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            String plain = REFERENCE.matcher(sentence).replaceAll("⟦figure⟧");
            for (Definition d : definitions) {
                if (d.number() == null) {
                    continue;
                }
                Matcher values = d.number().matcher(plain);
                List<String> found = new ArrayList<>();
                while (values.find()) {
                    found.add(values.group().strip());
                }
                if (found.isEmpty()) {
                    continue;
                }
                boolean subject = d.subject().stream().anyMatch(p -> p.matcher(plain).find());
                boolean context = d.context().stream().anyMatch(p -> p.matcher(plain).find());
                if (!subject && !context) {
                    continue;
                }
                String key = d.figure().key();
                String canonical = d.figure().value();
                for (String value : found) {
                    boolean same = numbers(value).equals(d.valueNumbers());
                    if (!subject) {
                        findings.add(new Finding(Verdict.REVIEW, "may restate figure '" + key + "' (" + canonical
                                + ") as \"" + value + "\": if it is that figure, write {{fig:" + key + "}}"));
                    } else if (same) {
                        findings.add(new Finding(Verdict.SAME_VALUE_UNREFERENCED, "states figure '" + key
                                + "' as a literal \"" + value + "\": write {{fig:" + key + "}} so it stays in step "
                                + "with course.yaml"));
                    } else if (kind == Kind.STEM || kind == Kind.EXPLANATION || CITATION.matcher(plain).find()) {
                        findings.add(new Finding(Verdict.REVIEW, "gives \"" + value + "\" where figure '" + key
                                + "' is " + canonical + (kind == Kind.LESSON || kind == Kind.KEY
                                ? " (quoted from a cited source?)" : " (a scenario or a named misconception?)")
                                + ": check that the text says whose figure it is, or write {{fig:" + key + "}}"));
                    } else {
                        findings.add(new Finding(Verdict.CONTRADICTS, "restates figure '" + key + "' as \"" + value
                                + "\", but course.yaml gives " + canonical + " (" + d.figure().source()
                                + "): write {{fig:" + key + "}}"));
                    }
                }
            }
        }
        return findings;
    }

    /** The numbers in a value, as written ("10–30 days" → [10, 30]); words like "a few" give none. */
    static List<String> numbers(String value) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(value);
        while (m.find()) {
            out.add(m.group().replace(',', '.'));
        }
        return out;
    }
}
