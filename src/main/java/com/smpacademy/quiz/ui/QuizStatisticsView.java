package com.smpacademy.quiz.ui;

import com.smpacademy.account.Role;
import com.smpacademy.quiz.QuizService;
import com.smpacademy.quiz.QuizService.QuizRef;
import com.smpacademy.quiz.QuizStatistics;
import com.smpacademy.quiz.QuizStatistics.QuestionStats;
import com.smpacademy.ui.Stat;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Instructors see which quiz questions work: per quiz the attempts, pass rate, mean and median; per question the
 * facility, discrimination and most-chosen wrong answer, worst first, with a CSV export.
 */
@Route("instructor/quiz-statistics")
@PageTitle("Quiz statistics")
@Menu(order = 30, icon = "vaadin:chart-grid", title = "Quiz statistics")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class QuizStatisticsView extends Div {

    final ComboBox<QuizRef> quiz = new ComboBox<>("Quiz");
    final Div summary = new Div();
    final Grid<QuestionStats> grid = new Grid<>();
    final Grid<QuizStatistics.ObjectiveStats> objectives = new Grid<>();
    final Anchor csv = new Anchor();
    private final QuizService quizzes;
    private @Nullable QuizStatistics current;

    public QuizStatisticsView(QuizService quizzes) {
        this.quizzes = quizzes;
        setId("quiz-statistics-view");
        addClassNames("view", "full-height");

        List<QuizRef> refs = quizzes.quizzes();
        quiz.setId("stats-quiz");
        quiz.setItems(refs);
        quiz.setItemLabelGenerator(r -> r.courseTitle() + " — " + r.moduleTitle());
        quiz.setWidth("min(100%, 32rem)");
        quiz.addValueChangeListener(e -> show(e.getValue()));
        csv.setId("stats-csv");
        csv.setText("Download CSV");
        csv.setEnabled(false);
        HorizontalLayout bar = new HorizontalLayout(quiz, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        summary.setId("stats-summary");
        summary.addClassName("stats");

        grid.setId("stats-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<QuestionStats> question = grid.addColumn(QuestionStats::text).setHeader("Question")
                .setFlexGrow(3).setSortable(true).setComparator(QuestionStats::text);
        grid.addColumn(QuestionStats::type).setHeader("Type").setAutoWidth(true).setSortable(true)
                .setComparator(QuestionStats::type);
        grid.addColumn(QuestionStats::timesDrawn).setHeader("Answered").setAutoWidth(true)
                .setComparator(QuestionStats::timesDrawn);
        grid.addColumn(s -> pct(s.facility())).setHeader("Facility").setAutoWidth(true)
                .setComparator(QuestionStats::facility).setTooltipGenerator(s -> "Share of the marks earned");
        Grid.Column<QuestionStats> discrimination = grid.addColumn(s -> s.discrimination() == null ? "–"
                        : String.format(Locale.ROOT, "%+.2f", s.discrimination())).setHeader("Discrimination")
                .setAutoWidth(true).setKey("discrimination")
                .setComparator(Comparator.comparing(s -> s.discrimination() == null ? Double.MAX_VALUE
                        : s.discrimination()));
        grid.addColumn(s -> s.commonWrongAnswer() == null ? "" : s.commonWrongAnswer() + " (" + s.commonWrongCount()
                + "×)").setHeader("Most-chosen wrong answer").setFlexGrow(2);
        grid.addColumn(s -> s.objective() == null ? "" : s.objective()).setHeader("Objective").setAutoWidth(true)
                .setSortable(true).setComparator(s -> s.objective() == null ? "" : s.objective());

        objectives.setId("stats-objectives");
        objectives.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        objectives.addColumn(QuizStatistics.ObjectiveStats::text).setHeader("Objective").setFlexGrow(3);
        objectives.addColumn(o -> o.lessonTitle() == null ? "" : o.lessonTitle()).setHeader("Lesson")
                .setFlexGrow(2);
        objectives.addColumn(QuizStatistics.ObjectiveStats::questions).setHeader("Questions").setAutoWidth(true);
        objectives.addColumn(QuizStatistics.ObjectiveStats::timesAnswered).setHeader("Answered").setAutoWidth(true);
        objectives.addColumn(o -> o.timesAnswered() == 0 ? "–" : pct(o.facility())).setHeader("Facility")
                .setAutoWidth(true).setTooltipGenerator(o -> "Share of the marks earned on this objective's questions");
        objectives.setAllRowsVisible(true);
        objectives.setEmptyStateText("This quiz's lessons state no objectives yet.");
        grid.setEmptyStateText("No graded attempts at this quiz yet.");
        grid.sort(List.of(new GridSortOrder<>(discrimination, SortDirection.ASCENDING)));
        question.setFrozen(false);

        Paragraph help = new Paragraph("Facility is the share of marks earned on a question. Discrimination "
                + "compares the top 27% of attempts with the bottom 27%: near zero or negative means strong and weak "
                + "trainees do equally well, so the question needs rewording. Worst questions are listed first.");
        help.addClassName("muted");
        com.vaadin.flow.component.html.H3 byObjective = new com.vaadin.flow.component.html.H3("By objective");
        Paragraph objectivesHelp = new Paragraph("Each lesson states its learning objectives and each question names "
                + "the one it assesses, so a weak topic shows here as a topic. Weakest first.");
        objectivesHelp.addClassName("muted");
        com.vaadin.flow.component.html.H3 byQuestion = new com.vaadin.flow.component.html.H3("By question");
        add(bar, summary, byObjective, objectivesHelp, objectives, byQuestion, help, grid);
        if (refs.isEmpty()) {
            Paragraph none = new Paragraph("No course with a quiz is loaded.");
            none.addClassName("empty-state");
            add(none);
        } else {
            quiz.setValue(refs.get(0));
        }
    }

    private void show(@Nullable QuizRef ref) {
        summary.removeAll();
        if (ref == null) {
            grid.setItems(List.of());
            objectives.setItems(List.of());
            csv.setEnabled(false);
            return;
        }
        current = quizzes.statistics(ref.courseId(), ref.moduleId());
        summary.add(Stat.of(Integer.toString(current.attempts()), "Attempts"),
                Stat.of(Integer.toString(current.trainees()), "Trainees"),
                Stat.of(pct(current.passRate()), "Pass rate"),
                Stat.of(String.format(Locale.ROOT, "%.1f%%", current.meanScore()), "Mean score"),
                Stat.of(String.format(Locale.ROOT, "%.1f%%", current.medianScore()), "Median score"));
        grid.setItems(current.questions());
        objectives.setItems(current.objectives());
        String file = ref.courseId() + "-" + ref.moduleId() + "-quiz-statistics.csv";
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = quizzes.statistics(ref.courseId(), ref.moduleId()).toCsv()
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
        }));
        csv.getElement().setAttribute("download", file);
        csv.setEnabled(true);
    }

    @Nullable QuizStatistics current() {
        return current;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
