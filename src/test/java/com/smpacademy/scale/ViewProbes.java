package com.smpacademy.scale;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main views as each role's typical user sees them, rendered server-side through Karibu (a real UI, router,
 * views and services; no browser), with the server time and the SQL statements (Hibernate's count) of each.
 */
final class ViewProbes {

    /** One view or action: who does it and what it does. */
    record Probe(String name, long userId, Runnable action) {
    }

    /**
     * p50/p95 in milliseconds over the measured runs, and the fewest statements of a run: Hibernate's count is for
     * the whole app, so a scheduled job (the outbox sender polls every few seconds) can add its own to one run.
     */
    record Figure(String name, double p50, double p95, long statements) {
    }

    private static Routes routes;

    private final ApplicationContext ctx;
    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final Statistics stats;

    ViewProbes(ApplicationContext ctx) {
        this.ctx = ctx;
        this.users = ctx.getBean(TestUsers.class);
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        this.stats = ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.smpacademy");
        }
    }

    List<Probe> probes(ScaleData.Seeded s, Course course) {
        Module first = course.modules().get(0);
        String lesson = "courses/" + course.id() + "/" + first.id() + "/" + first.lessons().get(0).id();
        QuizService quizzes = ctx.getBean(QuizService.class);
        List<Probe> p = new ArrayList<>();
        p.add(view("dashboard (trainee)", s.trainee(), ""));
        p.add(view("dashboard (instructor)", s.instructor(), ""));
        p.add(view("dashboard (admin)", s.admin(), ""));
        p.add(view("catalog", s.trainee(), "courses"));
        p.add(view("course", s.trainee(), "courses/" + course.id()));
        p.add(view("lesson", s.trainee(), lesson));
        p.add(view("logbook", s.trainee(), "practice"));
        p.add(view("certification checklist", s.trainee(), "certificates"));
        p.add(view("review queue", s.instructor(), "instructor/review-queue"));
        p.add(view("review page", s.instructor(), "instructor/review/" + s.submittedEntry()));
        p.add(view("quiz statistics", s.instructor(), "instructor/quiz-statistics"));
        p.add(view("users", s.admin(), "admin/users"));
        p.add(view("audit log", s.admin(), "admin/audit"));
        p.add(view("clinic roster", s.clinicOwner(), "clinic/roster"));
        // a quiz attempt as a trainee who has not taken the first module's quiz: start, one answer, submit
        List<Long> fresh = jdbc.queryForList("select u.id from user_account u where u.role = 'TRAINEE' and not "
                + "exists (select 1 from quiz_attempt a where a.user_id = u.id and a.module_id = ?) order by u.id",
                Long.class, first.id());
        long taker = fresh.isEmpty() ? s.trainee() : fresh.get(0);
        long[] attempt = {0};
        p.add(new Probe("quiz start", taker, () -> {
            jdbc.update("delete from quiz_attempt where user_id = ? and module_id = ?", taker, first.id());
            attempt[0] = quizzes.start(course.id(), first.id()).attemptId();
        }));
        p.add(new Probe("quiz answer", taker, () -> quizzes.saveAnswer(attempt[0], 0, Answer.truth(true))));
        p.add(new Probe("quiz submit", taker, () -> quizzes.submit(attempt[0])));
        return p;
    }

    private Probe view(String name, long userId, String path) {
        return new Probe(name, userId, () -> UI.getCurrent().navigate(path));
    }

    /** Runs each probe {@code warmup} times, then {@code runs} times measured. */
    Map<String, Figure> measure(List<Probe> probes, int warmup, int runs) {
        Map<String, Figure> out = new LinkedHashMap<>();
        Function0<UI> uiFactory = UI::new;
        String only = System.getProperty("scale.only", "");
        for (Probe probe : probes) {
            if (!only.isEmpty() && !only.contains(probe.name())) {
                continue; // -Dscale.only="lesson,logbook": measure only these (for a profile of one view)
            }
            MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
            try {
                login(probe.userId());
                double[] ms = new double[runs];
                long statements = Long.MAX_VALUE;
                for (int i = 0; i < warmup + runs; i++) {
                    UI.getCurrent().navigate("profile");
                    stats.clear();
                    long t0 = System.nanoTime();
                    trace(i == warmup, "== probe " + probe.name());
                    probe.action().run();
                    trace(i == warmup, "== end " + probe.name());
                    long t1 = System.nanoTime();
                    if (i >= warmup) {
                        ms[i - warmup] = (t1 - t0) / 1e6;
                        statements = Math.min(statements, stats.getPrepareStatementCount());
                    }
                }
                Arrays.sort(ms);
                out.put(probe.name(), new Figure(probe.name(), ms[(int) Math.floor((runs - 1) * 0.5)],
                        ms[(int) Math.ceil((runs - 1) * 0.95)], statements));
            } finally {
                MockVaadin.tearDown();
                users.logout();
            }
        }
        return out;
    }

    /** With -Dscale.trace=true (and org.hibernate.SQL at debug) the log shows each view's statements between marks. */
    private static void trace(boolean first, String mark) {
        if (first && Boolean.getBoolean("scale.trace")) {
            System.out.println(mark);
        }
    }

    private void login(long userId) {
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, userId);
        AccountPrincipal principal = users.principal(email);
        users.loginAs(principal);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(users.securityContext().getContext().getAuthentication());
        request.setUserInRole((p, role) -> principal.role().name().equals(role));
        UI.getCurrent().getPage().reload();
    }

    static String table(String title, Map<String, Figure> figures) {
        StringBuilder b = new StringBuilder("\n" + title + "\n");
        b.append(String.format("| %-26s | %9s | %9s | %10s |%n", "view", "p50 ms", "p95 ms", "statements"));
        b.append("|----------------------------|-----------|-----------|------------|\n");
        figures.values().forEach(f -> b.append(String.format(java.util.Locale.ROOT, "| %-26s | %9.1f | %9.1f | %10d |%n",
                f.name(), f.p50(), f.p95(), f.statements())));
        return b.toString();
    }

    static <T> T timed(String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        System.out.printf("[scale] %s in %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
        return result;
    }
}
