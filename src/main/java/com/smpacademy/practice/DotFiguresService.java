package com.smpacademy.practice;

import com.smpacademy.account.CurrentUser;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.Exercise;
import com.smpacademy.course.CourseModel.TargetRange;
import com.smpacademy.course.CourseService;
import com.smpacademy.dotanalysis.DotAnalysis.Outcome;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeEnums.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measured dot figures of practice photos, each against its exercise's target range from the course pack
 * ({@code exercises:} in course.yaml, matched by the entry's skill). The figures inform the instructor's rubric;
 * they never decide anything.
 */
@Service
public class DotFiguresService {

    /** One figure as shown: its value, its target and whether it is within it (null: no target). */
    public record FigureRow(String key, String label, String value, @Nullable String target,
                            @Nullable Boolean withinTarget) {
    }

    public enum State { WAITING, MEASURED, RELATIVE, NOT_MEASURABLE }

    /** A photo's analysis for the entry page and the review page. */
    public record PhotoFigures(long photoId, State state, @Nullable String message, @Nullable String note,
                               @Nullable String card, List<FigureRow> rows, boolean overlay) {
    }

    /** The figures of one entry's photos and the exercise they are judged against (null: no targets). */
    public record EntryFigures(@Nullable String exercise, List<PhotoFigures> photos) {
    }

    /** One approved synthetic-skin entry in the trainee's trend. */
    public record TrendPoint(LocalDate date, double diameterCv, double spacingCv) {
    }

    private final PracticeService practice;
    private final PhotoAnalysisRepository analyses;
    private final PracticeEntryRepository entries;
    private final PracticePhotoRepository photos;
    private final CourseService courses;
    private final CurrentUser currentUser;

    DotFiguresService(PracticeService practice, PhotoAnalysisRepository analyses, PracticeEntryRepository entries,
                      PracticePhotoRepository photos, CourseService courses, CurrentUser currentUser) {
        this.practice = practice;
        this.analyses = analyses;
        this.entries = entries;
        this.photos = photos;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    /** The figures of an entry's photos, for whoever may see the entry. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EntryFigures forEntry(long entryId) {
        PracticeService.EntryDetail entry = practice.entry(entryId);
        Optional<Exercise> exercise = exerciseFor(entry.form().skill());
        Map<Long, PhotoAnalysis> byPhoto = entry.photoIds().isEmpty() ? Map.of()
                : analyses.ofPhotos(entry.photoIds()).stream()
                .collect(Collectors.toMap(PhotoAnalysis::photoId, Function.identity()));
        List<PhotoFigures> out = new ArrayList<>();
        for (long photoId : entry.photoIds()) {
            out.add(figures(photoId, byPhoto.get(photoId), exercise.orElse(null)));
        }
        return new EntryFigures(exercise.map(Exercise::title).orElse(null), List.copyOf(out));
    }

    /** The overlay image (PNG) of a photo's analysis, for whoever may see its entry. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] overlay(long photoId) {
        practice.visibleEntryOfPhoto(photoId);
        byte[] png = analyses.findById(photoId).map(PhotoAnalysis::overlay).orElse(null);
        if (png == null) {
            throw new RuleViolationException("This photo has no overlay (yet).");
        }
        return png;
    }

    /**
     * Dot-size CV and spacing CV of the caller's approved synthetic-skin entries, oldest first: per entry, the
     * mean over its photos measured with the card.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<TrendPoint> myTrend() {
        List<PracticeEntry> approved = entries.byTrainee(currentUser.require().id()).stream()
                .filter(e -> e.status() == Status.APPROVED && e.setting() == Setting.SYNTHETIC_SKIN).toList();
        if (approved.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> photosOf = new java.util.HashMap<>();
        photos.idsOfEntries(approved.stream().map(PracticeEntry::id).toList())
                .forEach(row -> photosOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        List<Long> allPhotos = photosOf.values().stream().flatMap(List::stream).toList();
        Map<Long, PhotoAnalysis> byPhoto = allPhotos.isEmpty() ? Map.of() : analyses.ofPhotos(allPhotos).stream()
                .collect(Collectors.toMap(PhotoAnalysis::photoId, Function.identity()));
        List<TrendPoint> points = new ArrayList<>();
        for (PracticeEntry e : approved) {
            List<PhotoAnalysis> measured = photosOf.getOrDefault(e.id(), List.of()).stream().map(byPhoto::get)
                    .filter(a -> a != null && a.outcome() == Outcome.MEASURED && a.diameterCv() != null
                            && a.spacingCv() != null).toList();
            if (!measured.isEmpty()) {
                points.add(new TrendPoint(e.date(),
                        measured.stream().mapToDouble(a -> a.diameterCv()).average().orElse(0),
                        measured.stream().mapToDouble(a -> a.spacingCv()).average().orElse(0)));
            }
        }
        points.sort(java.util.Comparator.comparing(TrendPoint::date));
        return List.copyOf(points);
    }

    /** The course-pack exercise for a logbook skill: {@code DENSITY_FILL} is listed as {@code density-fill}. */
    Optional<Exercise> exerciseFor(Skill skill) {
        String key = skill.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return courses.catalogCourses().stream().flatMap(c -> c.exercises().stream())
                .filter(x -> x.skills().contains(key)).findFirst();
    }

    private static PhotoFigures figures(long photoId, @Nullable PhotoAnalysis a, @Nullable Exercise exercise) {
        if (a == null || a.status() != PhotoAnalysis.Status.DONE || a.outcome() == null) {
            return new PhotoFigures(photoId, State.WAITING, "Measuring the dots… the figures appear in a minute.",
                    null, null, List.of(), false);
        }
        String problem = a.problem() == null ? null : a.problem().message();
        if (a.outcome() == Outcome.NOT_MEASURABLE) {
            return new PhotoFigures(photoId, State.NOT_MEASURABLE, problem, a.note(), null, List.of(), false);
        }
        Map<String, TargetRange> t = exercise == null ? Map.of() : exercise.targets();
        List<FigureRow> rows = new ArrayList<>();
        int count = a.dotCount() == null ? 0 : a.dotCount();
        rows.add(new FigureRow("dotCount", "Dots found", Integer.toString(count), null, null));
        if (a.outcome() == Outcome.MEASURED) {
            rows.add(row("densityPerCm2", "Dots per cm²", a.densityPerCm2(), "%.0f", "", 1, t));
            rows.add(row("meanDiameterMm", "Mean dot diameter", a.meanDiameterMm(), "%.2f", " mm", 1, t));
        }
        rows.add(row("diameterCv", "Dot size variation (CV)", a.diameterCv(), "%.0f", " %", 100, t));
        if (a.outcome() == Outcome.MEASURED) {
            rows.add(row("meanSpacingMm", "Mean spacing", a.meanSpacingMm(), "%.2f", " mm", 1, t));
        }
        rows.add(row("spacingCv", "Spacing variation (CV)", a.spacingCv(), "%.0f", " %", 100, t));
        rows.add(row("uniformityCv", "Density uniformity (CV of cells)", a.uniformityCv(), "%.0f", " %", 100, t));
        int blow = a.blowOuts() == null ? 0 : a.blowOuts();
        int merged = a.merged() == null ? 0 : a.merged();
        rows.add(share("blowOutShare", "Blow-outs", blow, count, t));
        rows.add(share("mergedShare", "Merged dots", merged, count, t));
        return new PhotoFigures(photoId, a.outcome() == Outcome.MEASURED ? State.MEASURED : State.RELATIVE,
                problem, a.note(), a.card(), List.copyOf(rows), a.overlay() != null);
    }

    private static FigureRow row(String key, String label, @Nullable Double value, String format, String unit,
                                 double factor, Map<String, TargetRange> targets) {
        TargetRange range = targets.get(key);
        String shown = value == null ? "—" : String.format(Locale.ROOT, format, value * factor) + unit;
        String target = range == null ? null : String.format(Locale.ROOT, format + "–" + format, range.low() * factor,
                range.high() * factor) + unit;
        return new FigureRow(key, label, shown, target, range == null || value == null ? null
                : range.contains(value));
    }

    private static FigureRow share(String key, String label, int n, int count, Map<String, TargetRange> targets) {
        TargetRange range = targets.get(key);
        double value = count == 0 ? 0 : (double) n / count;
        String target = range == null ? null : "at most " + String.format(Locale.ROOT, "%.0f", range.high() * 100)
                + " in 100";
        return new FigureRow(key, label, n + String.format(Locale.ROOT, " (%.1f %%)", value * 100), target,
                range == null ? null : range.contains(value));
    }
}
