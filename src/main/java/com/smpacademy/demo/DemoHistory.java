package com.smpacademy.demo;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.certification.CertificationService;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Lesson;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseService;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.Rubric;
import com.smpacademy.quiz.QuizService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * A believable first start: every demo role has something to look at and something to do.
 *
 * <ul>
 *   <li>Sam Carter (the certificate holder) has read every lesson, passed every quiz and has the approved practice
 *   hours, rubric average and practical assessment the program asks for, so the checklist beside the
 *   certificate is all met; three entries wait in the instructor's queue, one with changes requested.</li>
 *   <li>Priya Nair is part-way: the first two modules done, lessons of the third read, a failed needle-depth quiz
 *   (in its cool-down), practice entries in every state.</li>
 *   <li>Ten more trainees of the demo cohort took the foundations and safety quizzes with differing success, so
 *   the item statistics have enough attempts to mean something; some have entries waiting for review.</li>
 * </ul>
 *
 * {@code academy.demo-data.history=false} leaves it out (the test profile does, so other tests start from the
 * bare demo accounts). Runs after the demo accounts ({@code FirstStartSetup}, order 0) and before the demo certificates (order 30), once:
 * it does nothing when Sam already has a logbook. Every call goes through a public service as the person who
 * would make it (trainee, instructor, admin), so the services' checks hold for the demo too.
 */
@Component
@Order(20)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final String COURSE = "smp-practitioner";
    static final String ADMIN = "admin@academy.test";
    static final String INSTRUCTOR = "instructor@academy.test";
    static final String SAM = "trainee@academy.test";
    static final String PRIYA = "trainee2@academy.test";
    /** The extra cohort trainees and how well each knows the material (share of right answers). */
    static final List<Extra> EXTRAS = List.of(
            new Extra("Mateo Alvarez", 0.95), new Extra("Hannah Kim", 0.9), new Extra("Oliver Grant", 0.85),
            new Extra("Amara Osei", 0.85), new Extra("Lukas Brenner", 0.75), new Extra("Chloe Martin", 0.7),
            new Extra("Rafael Costa", 0.6), new Extra("Ines Duarte", 0.55), new Extra("Tom Whitfield", 0.45),
            new Extra("Yuki Tanaka", 0.4));
    static final String EXTRA_PASSWORD = "smp-demo-2026";

    record Extra(String name, double skill) {
        String email() {
            return name.toLowerCase().replace(' ', '.') + "@academy.test";
        }
    }

    private final AccountService accounts;
    private final CohortService cohorts;
    private final CourseService courses;
    private final QuizService quizzes;
    private final PracticeService practice;
    private final CertificationService certification;
    private final SecurityContextHolderStrategy security;
    private final boolean demoData;
    private final Random random = new Random(2026);

    DemoHistory(AccountService accounts, CohortService cohorts, CourseService courses, QuizService quizzes,
                PracticeService practice, CertificationService certification,
                ObjectProvider<SecurityContextHolderStrategy> strategy,
                @Value("${academy.demo-data:true}") boolean demoData,
                @Value("${academy.demo-data.history:true}") boolean history) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.courses = courses;
        this.quizzes = quizzes;
        this.practice = practice;
        this.certification = certification;
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.demoData = demoData && history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        Optional<Course> course = courses.findCourse(COURSE);
        UserAccount sam = find(SAM);
        UserAccount priya = find(PRIYA);
        UserAccount instructor = find(INSTRUCTOR);
        if (course.isEmpty() || sam == null || priya == null || instructor == null) {
            return;
        }
        if (!as(sam, practice::myEntries).isEmpty()) {
            return; // seeded on an earlier start
        }
        long started = System.nanoTime();
        DemoQuizzes answers = new DemoQuizzes(random);
        List<Module> modules = course.get().modules();

        // Sam: the whole course, and the practice behind the certificate
        for (Module m : modules) {
            readLessons(sam, m, m.lessons().size());
            takeQuiz(sam, answers, m, 1.0);
        }
        TraineeLog samLog = new TraineeLog(sam, instructor);
        samLog.approvedHours(Setting.SYNTHETIC_SKIN, 22, 4, 5);
        samLog.approvedHours(Setting.MANNEQUIN, 11, 4, 5);
        samLog.approvedHours(Setting.LIVE_MODEL, 22, 4, 5);
        samLog.waiting(Setting.LIVE_MODEL, Skill.SCAR_CAMOUFLAGE, "Scar camouflage over a linear FUT scar, "
                + "second session.", 0.8);
        samLog.waiting(Setting.MANNEQUIN, Skill.DENSITY_FILL, "Crown density fill, diffuse thinning pattern.", 0.7);
        samLog.changesRequested(Setting.SYNTHETIC_SKIN, Skill.SHADE_MATCHING,
                "Shade test strip, three dilutions.", "Label which dilution is which on the photo, then resubmit.");
        as(instructor, () -> {
            certification.recordPracticalAssessment(sam.getId(), COURSE, true, "Demo: full hairline on a live "
                    + "model under supervision; depth consistent, natural feathering, clean technique.");
            return null;
        });

        // Priya: part-way, with work in every state
        for (int i = 0; i < modules.size() && i < 3; i++) {
            Module m = modules.get(i);
            readLessons(priya, m, i < 2 ? m.lessons().size() : Math.max(1, m.lessons().size() / 2));
            if (i < 2) {
                takeQuiz(priya, answers, m, 1.0);
            }
        }
        if (modules.size() > 2) {
            takeQuiz(priya, answers, modules.get(2), 0.4); // failed; the cool-down runs
        }
        TraineeLog priyaLog = new TraineeLog(priya, instructor);
        priyaLog.approvedHours(Setting.SYNTHETIC_SKIN, 8, 3, 3);
        priyaLog.waiting(Setting.SYNTHETIC_SKIN, Skill.NEEDLE_DEPTH, "Depth ladder: 0.25 mm 3RL at three speeds.",
                0.6);
        priyaLog.waiting(Setting.LIVE_MODEL, Skill.HAIRLINE_DESIGN, "First supervised hairline, temples "
                + "softened.", 0.55);
        priyaLog.changesRequested(Setting.MANNEQUIN, Skill.HAIRLINE_DESIGN, "Mannequin hairline, version 2.",
                "The temple points are too sharp: soften and feather them, then resubmit with a side view.");
        priyaLog.rejected(Setting.SYNTHETIC_SKIN, Skill.DENSITY_FILL, "Density practice.",
                "The photos are of a printed sheet, not your practice skin. Log the session again with your own "
                        + "work.");
        priyaLog.draft(Setting.MANNEQUIN, Skill.SCAR_CAMOUFLAGE, "Scar blending practice — photos still to add.");

        // the rest of the cohort: quiz attempts for the item statistics, and a few entries to review
        CohortSummary cohort = as(find(ADMIN), () -> cohorts.list().stream()
                .filter(c -> c.name().startsWith("Demo cohort")).findFirst().orElse(null));
        int n = 0;
        for (Extra extra : EXTRAS) {
            UserAccount trainee = register(extra, cohort);
            if (trainee == null) {
                continue;
            }
            readLessons(trainee, modules.get(0), modules.get(0).lessons().size());
            takeQuiz(trainee, answers, modules.get(0), extra.skill());
            if (modules.size() > 1 && extra.skill() >= 0.7) {
                takeQuiz(trainee, answers, modules.get(1), extra.skill()); // locked if foundations failed: skipped
            }
            if (n++ % 3 == 0) {
                new TraineeLog(trainee, instructor).waiting(Setting.SYNTHETIC_SKIN, Skill.NEEDLE_DEPTH,
                        "Dot consistency drill.", extra.skill());
            }
        }
        log.info("Demo history: course progress, {} quiz attempts, practice logbooks and reviews, in {} ms",
                answers.attempts(), (System.nanoTime() - started) / 1_000_000);
    }

    private @Nullable UserAccount register(Extra extra, @Nullable CohortSummary cohort) {
        UserAccount existing = find(extra.email());
        if (existing != null) {
            return existing;
        }
        UserAccount account = accounts.registerTrainee(extra.name(), extra.email(), EXTRA_PASSWORD, EXTRA_PASSWORD,
                null);
        if (cohort != null) {
            as(find(ADMIN), () -> {
                cohorts.addMember(cohort.id(), account.getId());
                return null;
            });
        }
        return account;
    }

    private void readLessons(UserAccount who, Module module, int count) {
        as(who, () -> {
            List<Lesson> lessons = module.lessons();
            for (int i = 0; i < count && i < lessons.size(); i++) {
                courses.markDone(COURSE, module.id(), lessons.get(i).id(), true);
            }
            return null;
        });
    }

    private void takeQuiz(UserAccount who, DemoQuizzes answers, Module module, double skill) {
        if (module.quiz() == null) {
            return;
        }
        as(who, () -> {
            QuizService.Overview overview = quizzes.overview(COURSE, module.id());
            if (!overview.canStart()) {
                return null; // passed already, or in the cool-down
            }
            QuizService.AttemptView attempt;
            try {
                attempt = quizzes.start(COURSE, module.id());
            } catch (RuleViolationException locked) {
                return null; // the module is locked for this trainee
            }
            for (QuizService.ShownQuestion shown : attempt.questions()) {
                Question q = answers.question(module, shown);
                if (q != null) {
                    quizzes.saveAnswer(attempt.attemptId(), shown.index(), answers.answer(q, shown,
                            random.nextDouble() < skill));
                }
            }
            quizzes.submit(attempt.attemptId());
            answers.counted();
            return null;
        });
    }

    /** One trainee's logbook: entries saved, photographed and submitted as the trainee, reviewed as instructor. */
    private final class TraineeLog {
        private final UserAccount trainee;
        private final UserAccount instructor;
        private LocalDate day;

        TraineeLog(UserAccount trainee, UserAccount instructor) {
            this.trainee = trainee;
            this.instructor = instructor;
            this.day = LocalDate.now(ZoneOffset.UTC).minusDays(300 + random.nextInt(20));
        }

        /** Approved sessions adding up to at least {@code hours}, scored between {@code low} and {@code high}. */
        void approvedHours(Setting setting, int hours, int low, int high) {
            int minutes = 0;
            Skill[] skills = Skill.values();
            int i = 0;
            while (minutes < hours * 60) {
                int length = 120 + 30 * random.nextInt(3);
                Skill skill = setting == Setting.SYNTHETIC_SKIN ? skills[i % 3] : skills[(i + 2) % skills.length];
                long id = submitted(setting, skill, length, "Session " + (i + 1) + ": " + skill.label().toLowerCase()
                        + ".", i % 4 == 0, 0.75 + 0.05 * low);
                int score = low + random.nextInt(high - low + 1);
                review(id, Decision.APPROVE, new Rubric(score, Math.max(low, score - random.nextInt(2)), score,
                        Math.min(high, score + random.nextInt(2)), high), i % 3 == 0 ? comment(score) : null);
                minutes += length;
                i++;
            }
        }

        void waiting(Setting setting, Skill skill, String notes, double quality) {
            submitted(setting, skill, 150, notes, true, quality);
        }

        void changesRequested(Setting setting, Skill skill, String notes, String comment) {
            long id = submitted(setting, skill, 120, notes, true, 0.5);
            review(id, Decision.REQUEST_CHANGES, null, comment);
        }

        void rejected(Setting setting, Skill skill, String notes, String comment) {
            long id = submitted(setting, skill, 90, notes, true, 0.3);
            review(id, Decision.REJECT, null, comment);
        }

        void draft(Setting setting, Skill skill, String notes) {
            as(trainee, () -> practice.save(null, form(setting, skill, 90, notes)));
        }

        private long submitted(Setting setting, Skill skill, int minutes, String notes, boolean photo,
                               double quality) {
            return as(trainee, () -> {
                long id = practice.save(null, form(setting, skill, minutes, notes));
                if (photo) {
                    practice.addPhoto(id, "session-" + id + ".png", DemoPhotos.practicePhoto(id * 31 + minutes,
                            quality, setting == Setting.MANNEQUIN));
                }
                practice.submit(id);
                return id;
            });
        }

        private void review(long id, Decision decision, @Nullable Rubric rubric, @Nullable String comment) {
            as(instructor, () -> {
                practice.decide(id, decision, rubric, comment);
                return null;
            });
        }

        private EntryForm form(Setting setting, Skill skill, int minutes, String notes) {
            day = day.plusDays(1 + random.nextInt(4));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            if (day.isAfter(today)) {
                day = today;
            }
            return new EntryForm(day, minutes, setting, skill, random.nextBoolean() ? "3RL" : "1RL",
                    random.nextBoolean() ? 0.25 : 0.30, random.nextBoolean() ? "Carbon black" : "Soft graphite",
                    setting == Setting.SYNTHETIC_SKIN ? "1:2" : "1:3",
                    setting == Setting.LIVE_MODEL ? "Frontal hairline and temples" : "Practice area",
                    setting == Setting.LIVE_MODEL ? instructor.getId() : null, notes);
        }
    }

    private static String comment(int score) {
        return score >= 5 ? "Excellent: even depth, dots crisp and well spaced; the hairline reads as natural."
                : score >= 4 ? "Good work. Keep the spacing a touch wider at the front to soften the line."
                : "Depth is inconsistent in places (some dots spread). Slow down and stretch the skin more.";
    }

    private @Nullable UserAccount find(String email) {
        AccountPrincipal system = new AccountPrincipal(0, "demo@localhost", "Demo data", Role.ADMIN, true, "");
        return asPrincipal(system, () -> accounts.search(email, List.of(Role.values()), 0, 1).stream()
                .filter(a -> a.getEmail().equals(email)).findFirst().orElse(null));
    }

    private <T> T as(@Nullable UserAccount who, Supplier<T> action) {
        if (who == null) {
            throw new IllegalStateException("Demo account missing");
        }
        return asPrincipal(new AccountPrincipal(who.getId(), who.getEmail(), who.getDisplayName(), who.getRole(),
                true, ""), action);
    }

    private <T> T asPrincipal(AccountPrincipal principal, Supplier<T> action) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        security.setContext(context);
        try {
            return action.get();
        } finally {
            security.clearContext();
        }
    }
}
