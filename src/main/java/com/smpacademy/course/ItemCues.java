package com.smpacademy.course;

import com.smpacademy.course.CourseModel.Option;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Test-wiseness cues in quiz items: what lets a trainee who does not know the answer pick it anyway. Per item, the
 * cues item writers are taught to avoid (the key longest by a margin, absolute or hedging words on one side only,
 * grammar and punctuation that fit only the key, a true/false statement whose wording gives its key away); per
 * bank, how often the key is the longest option and how often true/false items are keyed false, against chance.
 * The rules and thresholds are documented in {@code courses/README.md} ("Writing quiz items").
 */
public final class ItemCues {

    /** The key counts as "longest by a margin" when it is this much longer than every distractor … */
    static final double LONGEST_RATIO = 1.25;
    /** … and at least this many characters longer. */
    static final int LONGEST_MIN_CHARS = 10;
    /**
     * A bank fails when the key is the longest option this much more often than chance (1 / options), or this much
     * less often (then "never pick the longest" beats guessing).
     */
    static final double LONGEST_RATE_MARGIN = 0.15;
    /** … judged only on banks with at least this many single-choice items. */
    static final int LONGEST_MIN_ITEMS = 8;
    /** True/false keys must be balanced: the share keyed false must lie within this band … */
    static final double FALSE_SHARE_MIN = 0.35;
    static final double FALSE_SHARE_MAX = 0.65;
    /** … judged only on banks with at least this many true/false items. */
    static final int FALSE_MIN_ITEMS = 6;

    static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(always|never|all|none|only|every|completely|entirely|guaranteed?|impossible)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern HEDGING = Pattern.compile(
            "\\b(usually|may|might|often|generally|typically|sometimes|probably|likely|possibly|perhaps)\\b",
            Pattern.CASE_INSENSITIVE);

    private ItemCues() {
    }

    /** The cue rates of a set of questions (a module's bank or a whole pack). */
    public record Rates(int singleItems, int keyLongest, double chance, int trueFalseItems, int keyedFalse) {

        public double keyLongestShare() {
            return singleItems == 0 ? 0 : keyLongest / (double) singleItems;
        }

        public double keyedFalseShare() {
            return trueFalseItems == 0 ? 0 : keyedFalse / (double) trueFalseItems;
        }

        /** Why this bank fails the pack-level thresholds; empty when it passes. */
        public List<String> failures() {
            List<String> out = new ArrayList<>();
            if (singleItems >= LONGEST_MIN_ITEMS && keyLongestShare() > chance + LONGEST_RATE_MARGIN) {
                out.add(String.format(Locale.ROOT, "the correct option is the longest in %d of %d single-choice "
                        + "items (%.0f%%; chance is %.0f%%, the limit %.0f%%): vary which option is longest",
                        keyLongest, singleItems, keyLongestShare() * 100, chance * 100,
                        (chance + LONGEST_RATE_MARGIN) * 100));
            }
            if (singleItems >= LONGEST_MIN_ITEMS && keyLongestShare() < chance - LONGEST_RATE_MARGIN) {
                out.add(String.format(Locale.ROOT, "the correct option is the longest in only %d of %d single-choice "
                        + "items (%.0f%%; chance is %.0f%%, the floor %.0f%%): \"never the longest\" is a cue too, "
                        + "let the key be the longest option about as often as chance", keyLongest, singleItems,
                        keyLongestShare() * 100, chance * 100, (chance - LONGEST_RATE_MARGIN) * 100));
            }
            if (trueFalseItems >= FALSE_MIN_ITEMS && (keyedFalseShare() < FALSE_SHARE_MIN
                    || keyedFalseShare() > FALSE_SHARE_MAX)) {
                out.add(String.format(Locale.ROOT, "%d of %d true/false items are keyed false (%.0f%%); keep it "
                        + "between %.0f%% and %.0f%% so guessing one way earns nothing", keyedFalse, trueFalseItems,
                        keyedFalseShare() * 100, FALSE_SHARE_MIN * 100, FALSE_SHARE_MAX * 100));
            }
            return out;
        }

        public String summary() {
            return String.format(Locale.ROOT, "key longest in %d/%d single-choice (%.0f%%, chance %.0f%%); "
                    + "true/false keyed false %d/%d (%.0f%%)", keyLongest, singleItems, keyLongestShare() * 100,
                    chance * 100, keyedFalse, trueFalseItems, keyedFalseShare() * 100);
        }
    }

    public static Rates rates(List<Question> questions) {
        int single = 0;
        int longest = 0;
        double chance = 0;
        int tf = 0;
        int keyedFalse = 0;
        for (Question q : questions) {
            if (q.type() == QuestionType.SINGLE && q.options().size() >= 2) {
                single++;
                chance += 1.0 / q.options().size();
                if (keyIsLongest(q)) {
                    longest++;
                }
            } else if (q.type() == QuestionType.TRUE_FALSE && q.answer() != null) {
                tf++;
                if (!q.answer()) {
                    keyedFalse++;
                }
            }
        }
        return new Rates(single, longest, single == 0 ? 0 : chance / single, tf, keyedFalse);
    }

    /** True when the (single) correct option is strictly longer than every other option. */
    static boolean keyIsLongest(Question q) {
        Option key = key(q);
        if (key == null) {
            return false;
        }
        int len = key.text().strip().length();
        return q.options().stream().filter(o -> o != key).allMatch(o -> o.text().strip().length() < len);
    }

    /** The cues of one item, as messages for a warning ("question x: ..."); empty when it gives nothing away. */
    static List<String> itemCues(Question q) {
        List<String> out = new ArrayList<>();
        if (q.type() == QuestionType.TRUE_FALSE && q.answer() != null) {
            if (!q.answer() && ABSOLUTE.matcher(q.text()).find()) {
                out.add("the statement is keyed false and says '" + first(ABSOLUTE, q.text()) + "': absolute "
                        + "statements are guessed false; reword it or write a true one with the same word");
            }
            if (q.answer() && HEDGING.matcher(q.text()).find()) {
                out.add("the statement is keyed true and hedges ('" + first(HEDGING, q.text()) + "'): hedged "
                        + "statements are guessed true; state it plainly");
            }
            return out;
        }
        if (q.type() != QuestionType.SINGLE) {
            return out;
        }
        Option key = key(q);
        if (key == null || q.options().size() < 2) {
            return out;
        }
        List<Option> distractors = q.options().stream().filter(o -> o != key).toList();
        int keyLength = key.text().strip().length();
        int longestDistractor = distractors.stream().mapToInt(o -> o.text().strip().length()).max().orElse(0);
        if (keyLength >= longestDistractor * LONGEST_RATIO && keyLength - longestDistractor >= LONGEST_MIN_CHARS) {
            out.add("the correct option is the longest by a margin (" + keyLength + " characters against at most "
                    + longestDistractor + "): qualify a distractor as carefully, or trim the key");
        }
        for (Pattern words : List.of(ABSOLUTE, HEDGING)) {
            String kind = words == ABSOLUTE ? "absolute" : "hedging";
            boolean inKey = words.matcher(key.text()).find();
            List<Option> marked = distractors.stream().filter(o -> words.matcher(o.text()).find()).toList();
            if (inKey && marked.isEmpty()) {
                out.add("only the correct option uses " + kind + " wording ('" + first(words, key.text())
                        + "'): use it in a distractor too, or drop it");
            } else if (!inKey && !marked.isEmpty()) {
                out.add("only distractors use " + kind + " wording ('" + first(words, marked.get(0).text())
                        + "' in option " + marked.get(0).id() + "): test-wise trainees rule those out");
            }
        }
        String stem = q.text().strip();
        String lastWord = stem.replaceAll("[\\s_.…:-]+$", "").replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (lastWord.equals("a") || lastWord.equals("an")) {
            boolean wantVowel = lastWord.equals("an");
            if (startsWithVowel(key.text()) == wantVowel && distractors.stream()
                    .anyMatch(o -> startsWithVowel(o.text()) != wantVowel)) {
                out.add("the stem ends in '" + lastWord + "', which fits the correct option but not every "
                        + "distractor: end the stem before the article");
            }
        }
        boolean keyStop = key.text().strip().endsWith(".");
        if (distractors.size() >= 2 && distractors.stream().allMatch(o -> o.text().strip().endsWith(".") != keyStop)) {
            out.add("only the correct option " + (keyStop ? "ends" : "does not end") + " with a full stop: "
                    + "punctuate every option alike");
        }
        return out;
    }

    private static boolean startsWithVowel(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && "aeiou".indexOf(t.charAt(0)) >= 0;
    }

    private static String first(Pattern words, String text) {
        var m = words.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static Option key(Question q) {
        List<Option> correct = q.options().stream().filter(Option::correct).toList();
        return correct.size() == 1 ? correct.get(0) : null;
    }
}
