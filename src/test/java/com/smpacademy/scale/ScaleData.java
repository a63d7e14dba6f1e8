package com.smpacademy.scale;

import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.quiz.QuizContentSamples;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds an academy of a given size straight into the database with JDBC batches (the services would take hours at
 * this size; the rows are the ones the services write). {@code scale} 1.0 is a real academy: 10,000 trainees in 200
 * cohorts with 100 instructors, 500,000 practice entries with reviews, 200,000 quiz attempts (real graded contents
 * drawn from the shipped banks), 5,000 certificates, 300,000 audit events and 300 clinics, each with an owner and
 * a roster of {@value #ROSTER} of those certificates (one clinic in ten also lists some revoked or expired ones).
 */
public final class ScaleData {

    public record Size(int trainees, int cohorts, int instructors, int entries, int attempts, int certificates,
                       int auditEvents, int clinics) {
        public static Size of(double scale) {
            return new Size(atLeast(10_000 * scale, 20), atLeast(200 * scale, 2), atLeast(100 * scale, 2),
                    atLeast(500_000 * scale, 200), atLeast(200_000 * scale, 120), atLeast(5_000 * scale, 5),
                    atLeast(300_000 * scale, 100), atLeast(300 * scale, 2));
        }

        private static int atLeast(double v, int min) {
            return Math.max(min, (int) Math.round(v));
        }
    }

    /** What the benchmark needs to act as each role's typical user. */
    public record Seeded(Size size, long trainee, long instructor, long submittedEntry, long admin, long clinicOwner) {
    }

    /**
     * Notes the seeded ids in a table of their own ({@code scale_bench_seed}, outside the app's schema), so a later
     * benchmark run with {@code -Dscale.reuse=true} can measure the same academy again without seeding it.
     */
    public static void remember(JdbcTemplate jdbc, String scale, Seeded s) {
        jdbc.execute("create table if not exists scale_bench_seed (scale varchar(20) primary key, trainee bigint, "
                + "instructor bigint, submitted_entry bigint, admin_id bigint, clinic_owner bigint)");
        jdbc.update("delete from scale_bench_seed where scale = ?", scale);
        jdbc.update("insert into scale_bench_seed values (?, ?, ?, ?, ?, ?)", scale, s.trainee(), s.instructor(),
                s.submittedEntry(), s.admin(), s.clinicOwner());
    }

    /** The academy an earlier run seeded at this scale, if this database holds one. */
    public static java.util.Optional<Seeded> remembered(JdbcTemplate jdbc, String scale, Size size) {
        try {
            return jdbc.query("select trainee, instructor, submitted_entry, admin_id, clinic_owner from "
                    + "scale_bench_seed where scale = ?", (rs, n) -> new Seeded(size, rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5)), scale).stream().findFirst();
        } catch (org.springframework.jdbc.BadSqlGrammarException noTableYet) {
            return java.util.Optional.empty();
        }
    }

    private static final int BATCH = 2_000;
    /** Artists on one clinic's roster: a busy clinic chain's list. */
    static final int ROSTER = 60;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Random random = new Random(42);
    private final Instant now = Instant.now();

    public ScaleData(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public Seeded seed(Size size, Course course, String passwordHash) {
        // a short tag per seeding, so one database can be seeded twice (certificate codes are at most 20 characters)
        String run = Long.toString(System.nanoTime() % 60_466_176L, 36);
        // accounts
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < size.trainees(); i++) {
            rows.add(account("trainee-" + run + "-" + i + "@scale.test", "Trainee " + i, "TRAINEE", passwordHash));
        }
        for (int i = 0; i < size.instructors(); i++) {
            rows.add(account("instructor-" + run + "-" + i + "@scale.test", "Instructor " + i, "INSTRUCTOR",
                    passwordHash));
        }
        for (int i = 0; i < size.clinics(); i++) {
            rows.add(account("owner-" + run + "-" + i + "@scale.test", "Clinic owner " + i, "CLINIC_OWNER",
                    passwordHash));
        }
        batch("insert into user_account (email, display_name, password_hash, role, enabled, created_at, "
                + "password_changed_at) values (?, ?, ?, ?, true, ?, ?)", rows);
        List<Long> trainees = jdbc.queryForList("select id from user_account where email like ? order by id",
                Long.class, "trainee-" + run + "-%");
        List<Long> instructors = jdbc.queryForList("select id from user_account where email like ? order by id",
                Long.class, "instructor-" + run + "-%");

        // cohorts: trainees spread evenly, each instructor teaches two cohorts
        rows.clear();
        for (int c = 0; c < size.cohorts(); c++) {
            rows.add(new Object[] {"Cohort " + run + " " + c, Timestamp.from(now)});
        }
        batch("insert into cohort (name, created_at) values (?, ?)", rows);
        List<Long> cohorts = jdbc.queryForList("select id from cohort where name like ? order by id", Long.class,
                "Cohort " + run + " %");
        rows.clear();
        for (int i = 0; i < trainees.size(); i++) {
            rows.add(new Object[] {cohorts.get(i % cohorts.size()), trainees.get(i)});
        }
        for (int i = 0; i < instructors.size(); i++) {
            rows.add(new Object[] {cohorts.get((2 * i) % cohorts.size()), instructors.get(i)});
            long second = cohorts.get((2 * i + 1) % cohorts.size());
            if (second != cohorts.get((2 * i) % cohorts.size())) {
                rows.add(new Object[] {second, instructors.get(i)});
            }
        }
        batch("insert into cohort_member (cohort_id, user_id) values (?, ?)", rows);

        // lesson progress: each trainee part-way through the course
        List<String[]> lessons = new ArrayList<>();
        for (Module m : course.modules()) {
            m.lessons().forEach(l -> lessons.add(new String[] {m.id(), l.id()}));
        }
        rows.clear();
        for (long t : trainees) {
            int done = random.nextInt(lessons.size() + 1);
            for (int l = 0; l < done; l++) {
                rows.add(new Object[] {t, course.id(), lessons.get(l)[0], lessons.get(l)[1], ts(90)});
            }
        }
        batch("insert into lesson_progress (user_id, course_id, module_id, lesson_id, completed_at) "
                + "values (?, ?, ?, ?, ?)", rows);

        // practice entries, reviewed by an instructor of the trainee's cohort
        String[] settings = {"SYNTHETIC_SKIN", "MANNEQUIN", "LIVE_MODEL"};
        String[] skills = {"NEEDLE_DEPTH", "SHADE_MATCHING", "HAIRLINE_DESIGN", "DENSITY_FILL", "SCAR_CAMOUFLAGE"};
        String[] states = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "CHANGES_REQUESTED",
                "REJECTED", "DRAFT"};
        rows.clear();
        for (int i = 0; i < size.entries(); i++) {
            long t = trainees.get(i % trainees.size());
            String setting = settings[i % 3];
            String state = states[random.nextInt(states.length)];
            Timestamp created = ts(360);
            long supervisor = instructors.get((int) ((t % cohorts.size()) / 2 % instructors.size()));
            rows.add(new Object[] {t, Date.valueOf(LocalDate.now().minusDays(1 + random.nextInt(360))),
                    30 + 15 * random.nextInt(12), setting, skills[random.nextInt(skills.length)],
                    "LIVE_MODEL".equals(setting) ? supervisor : null, "Session notes " + i, state,
                    "DRAFT".equals(state) ? null : created, created, created});
        }
        batch("insert into practice_entry (trainee_id, practice_date, minutes, setting, skill, supervisor_id, notes, "
                + "status, submitted_at, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                rows);
        rows.clear();
        jdbc.query("select id, status, trainee_id, submitted_at from practice_entry where status in "
                + "('APPROVED', 'CHANGES_REQUESTED', 'REJECTED')", rs -> {
            String status = rs.getString(2);
            String decision = switch (status) {
                case "APPROVED" -> "APPROVE";
                case "CHANGES_REQUESTED" -> "REQUEST_CHANGES";
                default -> "REJECT";
            };
            boolean approve = "APPROVE".equals(decision);
            rows.add(new Object[] {rs.getLong(1), instructors.get((int) (rs.getLong(3) % instructors.size())),
                    decision, approve ? null : "Dots are spreading at the temple; go shallower and re-submit.",
                    approve ? 3 + random.nextInt(3) : null, approve ? 3 + random.nextInt(3) : null,
                    approve ? 3 + random.nextInt(3) : null, approve ? 3 + random.nextInt(3) : null,
                    approve ? 3 + random.nextInt(3) : null, rs.getTimestamp(4)});
        });
        batch("insert into practice_review (entry_id, reviewer_id, decision, comment, depth, dots, spacing, shape, "
                + "hygiene, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);

        // quiz attempts: real graded contents from the shipped banks, spread over trainees and modules
        List<Module> quizzed = course.modules().stream().filter(m -> m.quiz() != null).toList();
        rows.clear();
        for (int q = 0; q < quizzed.size(); q++) {
            Module m = quizzed.get(q);
            List<QuizContentSamples.Sample> samples = QuizContentSamples.samples(m.quiz(), 40, q);
            int perModule = size.attempts() / quizzed.size();
            for (int i = 0; i < perModule; i++) {
                QuizContentSamples.Sample s = samples.get(i % samples.size());
                Timestamp started = ts(360);
                rows.add(new Object[] {trainees.get((i * 7 + q) % trainees.size()), course.id(), m.id(),
                        m.quiz().bankHash(), "SUBMITTED", started, new Timestamp(started.getTime() + 600_000),
                        s.questionCount(), s.points(), s.scorePercent(), m.quiz().passMark(),
                        s.scorePercent() >= m.quiz().passMark(), s.json()});
                if (rows.size() >= BATCH) {
                    attempts(rows);
                }
            }
        }
        attempts(rows);

        // certificates for the first trainees, each with its place in the status list as issued ones have (without
        // it, the next start re-signs them all: CredentialUpgrade)
        rows.clear();
        java.util.Set<Integer> taken = new java.util.HashSet<>(jdbc.queryForList(
                "select status_index from certificate where status_index is not null", Integer.class));
        int[] nextIndex = {0};
        java.util.function.IntSupplier freeIndex = () -> {
            while (taken.contains(nextIndex[0])) {
                nextIndex[0]++;
            }
            return nextIndex[0]++;
        };
        for (int i = 0; i < size.certificates(); i++) {
            long t = trainees.get(i % trainees.size());
            LocalDate issued = LocalDate.now().minusDays(random.nextInt(700));
            rows.add(new Object[] {"SC" + run + "-" + i, t, "Trainee " + (i % trainees.size()), course.id(),
                    "Certified SMP Practitioner", Timestamp.from(now), Date.valueOf(issued),
                    Date.valueOf(issued.plusMonths(24)), instructors.get(i % instructors.size()),
                    "seeded for the scale benchmark", "scale", freeIndex.getAsInt()});
        }
        batch("insert into certificate (code, holder_id, holder_name, course_id, program_name, issued_at, issued_on, "
                + "expires_on, issued_by, credential, key_id, status_index) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.update("update certificate set revoked_at = ?, revocation_reason = ? where code like ? and mod(id, 50) = 0",
                Timestamp.from(now), "Issued in error", "SC" + run + "-%");

        // clinics: each with its owner and a roster drawn from the certificates
        List<Long> owners = jdbc.queryForList("select id from user_account where email like ? order by id",
                Long.class, "owner-" + run + "-%");
        rows.clear();
        for (int c = 0; c < size.clinics(); c++) {
            rows.add(new Object[] {"Clinic " + run + " " + c, "City " + (c % 40), "clinic" + c + "@scale.test",
                    Timestamp.from(now)});
        }
        batch("insert into clinic (name, city, contact_email, created_at) values (?, ?, ?, ?)", rows);
        List<Long> clinics = jdbc.queryForList("select id from clinic where name like ? order by id", Long.class,
                "Clinic " + run + " %");
        for (int c = 0; c < clinics.size(); c++) {
            rows.add(new Object[] {clinics.get(c), owners.get(c), Timestamp.from(now)});
        }
        batch("insert into clinic_owner (clinic_id, user_id, added_at) values (?, ?, ?)", rows);
        int roster = Math.min(ROSTER, size.certificates());
        for (int c = 0; c < clinics.size(); c++) {
            for (int k = 0; k < roster; k++) {
                int cert = (c * 17 + k) % size.certificates();
                rows.add(new Object[] {clinics.get(c), "SC" + run + "-" + cert, Date.valueOf(LocalDate.now()
                        .minusDays(random.nextInt(300))), owners.get(c)});
            }
        }
        batch("insert into roster_entry (clinic_id, certificate_code, added_on, added_by) values (?, ?, ?, ?)", rows);

        // audit log
        String[] actions = {"LOGIN_SUCCEEDED", "LOGIN_FAILED", "PRACTICE_APPROVED", "CERTIFICATE_ISSUED"};
        rows.clear();
        for (int i = 0; i < size.auditEvents(); i++) {
            rows.add(new Object[] {ts(365), trainees.get(i % trainees.size()), "trainee-" + i + "@scale.test",
                    actions[i % actions.length], "127.0.0.1"});
        }
        batch("insert into audit_event (occurred_at, actor_id, actor_email, action, client_address) "
                + "values (?, ?, ?, ?, ?)", rows);

        long instructor = instructors.get(0);
        long trainee = trainees.get(0);
        Long entry = jdbc.queryForObject("select min(e.id) from practice_entry e join cohort_member m on "
                + "m.user_id = e.trainee_id join cohort_member i on i.cohort_id = m.cohort_id and i.user_id = ? "
                + "where e.status = 'SUBMITTED'", Long.class, instructor);
        long admin = jdbc.queryForObject("select min(id) from user_account where role = 'ADMIN'", Long.class);
        return new Seeded(size, trainee, instructor, entry == null ? 0 : entry, admin, owners.get(0));
    }

    private void attempts(List<Object[]> rows) {
        batch("insert into quiz_attempt (user_id, course_id, module_id, bank_hash, status, started_at, submitted_at, "
                + "question_count, points, score_percent, pass_mark, passed, content, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
    }

    private Object[] account(String email, String name, String role, String hash) {
        Timestamp created = ts(720);
        return new Object[] {email, name, hash, role, created, created};
    }

    private Timestamp ts(int maxDaysBack) {
        return Timestamp.from(now.minus(Duration.ofMinutes(1 + random.nextInt(maxDaysBack * 24 * 60))));
    }

    private void batch(String sql, List<Object[]> rows) {
        // one transaction per batch: with auto-commit every row would be a commit of its own
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + BATCH));
            tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, part));
        }
        rows.clear();
    }
}
