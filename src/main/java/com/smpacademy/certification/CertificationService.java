package com.smpacademy.certification;

import org.springframework.context.ApplicationEventPublisher;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.CourseService;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.quiz.QuizService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification: the program's requirements checked against a trainee's record, practical assessments, issuing
 * (re-checked on the server at that moment, whoever calls), signed credentials, PDFs, and revocation.
 */
@Service
public class CertificationService {

    /** Why a certificate was revoked, as verification shows it. */
    public static final List<String> REVOCATION_REASONS = List.of("Issued in error", "Requirements not met",
            "Professional misconduct", "Holder's request", "Other");

    public record Requirement(String label, String current, String target, boolean met) {
    }

    public record Eligibility(Program program, long traineeId, String traineeName, List<Requirement> requirements) {
        public boolean eligible() {
            return requirements.stream().allMatch(Requirement::met);
        }
    }

    public record Assessment(boolean passed, @Nullable String notes, String assessor, Instant assessedAt) {
    }

    private final CertificateRepository certificates;
    private final PracticalAssessmentRepository assessments;
    private final CredentialSigner signer;
    private final CourseService courses;
    private final QuizService quizzes;
    private final PracticeService practice;
    private final CohortService cohorts;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String publicUrl;
    private final String academyName;
    private final org.springframework.beans.factory.ObjectProvider<VerifyFastPathFilter> fastPath;
    private final StatusListService statusList;
    private final CredentialUrls urls;

    /** A program as its public page explains it: what the certificate requires, in plain words. */
    public record PublicProgram(String courseId, String name, String academyName, String summary,
                                List<String> requirements, int validityMonths, String badgeUrl) {
    }

    CertificationService(CertificateRepository certificates, PracticalAssessmentRepository assessments,
                         CredentialSigner signer, CourseService courses, QuizService quizzes,
                         PracticeService practice, CohortService cohorts, AccountService accounts,
                         CurrentUser currentUser, AuditService audit, Clock clock,
                         @Value("${academy.public-url:http://localhost:8080}") String publicUrl,
                         @Value("${academy.name:SMP Academy}") String academyName,
                         org.springframework.beans.factory.ObjectProvider<VerifyFastPathFilter> fastPath,
                         ApplicationEventPublisher events, StatusListService statusList, CredentialUrls urls) {
        this.statusList = statusList;
        this.urls = urls;
        this.events = events;
        this.fastPath = fastPath;
        this.certificates = certificates;
        this.assessments = assessments;
        this.signer = signer;
        this.courses = courses;
        this.quizzes = quizzes;
        this.practice = practice;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.academyName = academyName;
    }

    /** The certification programs of the courses in service. */
    public List<Program> programs() {
        List<Program> programs = new ArrayList<>();
        for (Course c : courses.catalogCourses()) {
            if (!c.certification().isEmpty()) {
                programs.add(program(c));
            }
        }
        return programs;
    }

    /** The caller's checklist for every program. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<Eligibility> myEligibility() {
        long me = currentUser.require().id();
        return programs().stream().map(p -> check(p, me)).toList();
    }

    /** A trainee's checklist; for the trainee, their instructors and admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Eligibility eligibility(long traineeId, String courseId) {
        requireCanSee(traineeId);
        return check(program(courseId), traineeId);
    }

    /** Records the outcome of a supervised practical assessment. Instructors of the trainee's cohort, admins. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional
    public void recordPracticalAssessment(long traineeId, String courseId, @Nullable Boolean passed,
                                          @Nullable String notes) {
        AccountPrincipal me = requireAssessor(traineeId);
        program(courseId);
        String clean = notes == null ? null : notes.trim();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (passed == null) {
            errors.add("passed", "Record whether the trainee passed or failed.");
        }
        if (clean == null || clean.length() < 5) {
            errors.add("notes", "Note what was assessed and how it went (a sentence is enough).");
        } else if (clean.length() > 4000) {
            errors.add("notes", "Use at most 4000 characters.");
        }
        errors.throwIfAny();
        assessments.save(new PracticalAssessment(traineeId, courseId, me.id(), passed, clean, clock.instant()));
        audit.record(AuditEntry.of(AuditAction.PRACTICAL_ASSESSED, me.id(), me.email())
                .target("account", traineeId, null).details((passed ? "Passed" : "Failed") + " — " + courseId));
    }

    /** The latest practical assessment, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Assessment> latestAssessment(long traineeId, String courseId) {
        requireCanSee(traineeId);
        return assessments.latestFirst(traineeId, courseId).stream().findFirst().map(a -> new Assessment(
                a.passed(), a.notes(), accounts.displayNames(Set.of(a.assessorId())).getOrDefault(a.assessorId(),
                "Instructor"), a.assessedAt()));
    }

    /**
     * Issues the certificate after checking every requirement again now; refuses with the unmet ones otherwise.
     * Instructors of the trainee's cohort and admins; audited.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional
    public CertificateView issue(long traineeId, String courseId) {
        AccountPrincipal me = requireAssessor(traineeId);
        Eligibility eligibility = check(program(courseId), traineeId);
        if (!eligibility.eligible()) {
            throw new RuleViolationException("Not all requirements are met: " + String.join("; ",
                    eligibility.requirements().stream().filter(r -> !r.met())
                            .map(r -> r.label() + " (" + r.current() + " of " + r.target() + ")").toList()) + ".");
        }
        Certificate certificate = create(traineeId, eligibility.traineeName(), eligibility.program(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), me.id(), null);
        audit.record(AuditEntry.of(AuditAction.CERTIFICATE_ISSUED, me.id(), me.email())
                .target("certificate", certificate.code(), eligibility.traineeName())
                .details(eligibility.program().name()));
        publishIssued(certificate, null);
        return view(certificate);
    }

    /** Creates and signs a certificate; {@code issuedOn} may lie in the past for demo data. */
    Certificate create(long holderId, String holderName, Program program, LocalDate issuedOn,
                       @Nullable Long issuedBy, @Nullable Long replaces) {
        String code;
        do {
            code = CertificateCode.generate();
        } while (certificates.existsByCode(code));
        Certificate c = new Certificate(code, holderId, holderName, program.courseId(), program.name(),
                clock.instant(), issuedOn, issuedOn.plusMonths(program.validityMonths()), issuedBy, replaces);
        c.placeInStatusList(statusList.allocateIndex());
        signCredential(c, program);
        return certificates.save(c);
    }

    /**
     * Signs the certificate's credential anew in the current format (a status-list place is given first if it
     * has none). The certificate's facts and code do not change; a JWS the holder downloaded earlier still
     * verifies, its key staying published.
     */
    void resignCredential(Certificate c) {
        if (c.statusIndex() == null) {
            c.placeInStatusList(statusList.allocateIndex());
        }
        Program program = courses.findCourse(c.courseId()).filter(course -> !course.certification().isEmpty())
                .map(CertificationService::program).orElse(null);
        if (program != null) {
            signCredential(c, program);
        }
    }

    private void signCredential(Certificate c, Program program) {
        Course course = courses.findCourse(program.courseId()).orElseThrow();
        List<String> titles = program.requiredModules().stream().map(m -> course.module(m).map(Module::title)
                .orElse(m)).toList();
        Map<String, Double> hours = new LinkedHashMap<>();
        Map<Setting, Integer> approved = practice.totalsFor(c.holderId()).approvedMinutes();
        for (Setting s : Setting.values()) {
            int minutes = approved.getOrDefault(s, 0);
            if (minutes > 0 || program.practiceHours().getOrDefault(s.key(), 0.0) > 0) {
                hours.put(s.label(), minutes / 60.0);
            }
        }
        LocalDate assessed = assessments.latestFirst(c.holderId(), c.courseId()).stream()
                .filter(PracticalAssessment::passed).findFirst()
                .map(a -> LocalDate.ofInstant(a.assessedAt(), ZoneOffset.UTC)).orElse(null);
        String email = accounts.emailForCredential(c.holderId()).orElseThrow(() -> new IllegalStateException(
                "The holder of " + c.code() + " has no account."));
        CredentialDocument.Facts facts = new CredentialDocument.Facts(c.code(), c.holderName(), email,
                c.courseId(), c.programName(), academyName, c.issuedOn(), c.expiresOn(),
                java.util.Objects.requireNonNull(c.statusIndex()), CredentialDocument.newSalt(),
                String.join(" ", requirementsInWords(program, titles)), titles, hours, assessed);
        CredentialSigner.Signed signed = signer.sign(CredentialDocument.build(facts, urls));
        c.sign(signed.jws(), signed.keyId());
    }

    /** The program's public page: what the certificate requires, in plain words. Open to anyone. */
    @Transactional(readOnly = true)
    public PublicProgram publicProgram(String courseId) {
        Program p = program(courseId);
        Course course = courses.findCourse(courseId).orElseThrow();
        List<String> titles = p.requiredModules().stream().map(m -> course.module(m).map(Module::title).orElse(m))
                .toList();
        return new PublicProgram(courseId, p.name(), academyName, course.summary(), requirementsInWords(p, titles),
                p.validityMonths(), urls.badge(courseId));
    }

    private static List<String> requirementsInWords(Program p, List<String> moduleTitles) {
        List<String> out = new ArrayList<>();
        out.add("Complete all " + moduleTitles.size() + " modules (" + String.join(", ", moduleTitles)
                + "): read every lesson and pass each module's quiz with at least " + p.quizPassMark() + "%.");
        List<String> hours = new ArrayList<>();
        for (Setting s : Setting.values()) {
            Double h = p.practiceHours().get(s.key());
            if (h != null && h > 0) {
                hours.add(hours(h) + " hours on " + s.label().toLowerCase(Locale.ROOT));
            }
        }
        if (!hours.isEmpty()) {
            out.add("Log supervised practice, each entry reviewed and approved by an instructor: "
                    + String.join(", ", hours) + ".");
        }
        out.add("Reach an average rubric score of at least " + String.format(Locale.ROOT, "%.1f",
                p.minimumLiveModelRubricAverage()) + " out of 5 on supervised live-model work.");
        if (p.practicalAssessment()) {
            out.add("Pass a practical assessment supervised by an instructor.");
        }
        out.add("The certificate is valid for " + p.validityMonths() + " months; renewal needs "
                + p.renewalRecentHours() + " hours of approved practice in the last " + p.renewalMonths()
                + " months" + (p.renewalRefresherModule().isEmpty() ? "" : " and a refresher quiz pass") + ".");
        return out;
    }

    /**
     * Renews a certificate that expires within 60 days or has expired (never a revoked one), when the program's
     * renewal rule holds: at least {@code renewal.recentApprovedHours} of approved practice in the last
     * {@code renewal.recentMonths} months, and, when {@code renewal.refresherModule} is set, a pass in that module's
     * quiz (retaken as a refresher) in the same months. The new certificate is linked to the old, which keeps its own dates.
     * Instructors of the holder's cohort and admins; audited.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional
    public CertificateView renew(String code) {
        Certificate old = find(code);
        AccountPrincipal me = requireAssessor(old.holderId());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (old.revokedAt() != null) {
            throw new RuleViolationException("A revoked certificate cannot be renewed.");
        }
        if (old.expiresOn().isAfter(today.plusDays(60))) {
            throw new RuleViolationException("Renewal opens 60 days before expiry, on "
                    + old.expiresOn().minusDays(60) + ".");
        }
        Program program = program(old.courseId());
        int minutes = practice.approvedMinutesSince(old.holderId(), today.minusMonths(program.renewalMonths()));
        if (minutes < program.renewalRecentHours() * 60) {
            throw new RuleViolationException("Renewal needs " + program.renewalRecentHours() + " hours of approved "
                    + "practice in the last " + program.renewalMonths() + " months; " + hours(minutes / 60.0)
                    + " are logged and approved.");
        }
        if (!program.renewalRefresherModule().isEmpty()) {
            String module = program.renewalRefresherModule();
            Instant since = today.minusMonths(program.renewalMonths()).atStartOfDay(ZoneOffset.UTC).toInstant();
            boolean refreshed = quizzes.lastPassedAt(old.holderId(), old.courseId(), module)
                    .map(at -> !at.isBefore(since)).orElse(false);
            if (!refreshed) {
                String title = courses.findCourse(old.courseId()).flatMap(c -> c.module(module)).map(Module::title)
                        .orElse(module);
                throw new RuleViolationException("Renewal needs a pass in the \"" + title + "\" refresher quiz "
                        + "within the last " + program.renewalMonths() + " months.");
            }
        }
        LocalDate from = old.expiresOn().isAfter(today) ? old.expiresOn().plusDays(1) : today;
        Certificate renewed = create(old.holderId(), old.holderName(), program, from, me.id(), old.id());
        audit.record(AuditEntry.of(AuditAction.CERTIFICATE_RENEWED, me.id(), me.email())
                .target("certificate", renewed.code(), renewed.holderName()).details("Renews " + old.code()));
        publishIssued(renewed, old.code());
        events.publishEvent(new CertificateRenewed(old.code(), renewed.code(), renewed.holderId(),
                renewed.holderName(), renewed.programName(), renewed.expiresOn(), clock.instant()));
        return view(renewed);
    }

    /** Revokes a certificate with a reason category from {@link #REVOCATION_REASONS}. Admins only; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CertificateView revoke(String code, @Nullable String reason, @Nullable String note) {
        AccountPrincipal me = currentUser.require();
        Certificate c = find(code);
        if (c.revokedAt() != null) {
            throw new RuleViolationException("This certificate was already revoked.");
        }
        if (reason == null || !REVOCATION_REASONS.contains(reason)) {
            throw InvalidInputException.of("reason", "Choose why the certificate is revoked.");
        }
        String clean = note == null || note.isBlank() ? null : note.trim();
        if (clean != null && clean.length() > 1000) {
            throw InvalidInputException.of("note", "Use at most 1000 characters.");
        }
        c.revoke(clock.instant(), reason, clean, me.id());
        // the signed status list changes in the same transaction: every verifier sees the revocation at once
        statusList.regenerate();
        // this node answers with the revocation at once; other nodes' verification caches follow within seconds
        fastPath.ifAvailable(f -> f.evict(c.code()));
        audit.record(AuditEntry.of(AuditAction.CERTIFICATE_REVOKED, me.id(), me.email())
                .target("certificate", c.code(), c.holderName()).details(reason + (clean == null ? "" : ": " + clean)));
        events.publishEvent(new CertificateRevoked(c.code(), c.holderId(), c.holderName(), c.programName(), reason,
                clean, c.revokedAt()));
        return view(c);
    }

    /** The caller's certificates, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateView> myCertificates() {
        return certificates.ofHolder(currentUser.require().id()).stream().map(this::view).toList();
    }

    /** A trainee's certificates, for their instructors and admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateView> certificatesOf(long traineeId) {
        requireCanSee(traineeId);
        return certificates.ofHolder(traineeId).stream().map(this::view).toList();
    }

    /** The most recently issued certificates. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CertificateView> recent(int max) {
        return certificates.newestFirst(org.springframework.data.domain.PageRequest.of(0, Math.max(1, max)))
                .stream().map(this::view).toList();
    }

    /** The certificate as PDF; the same certificate always gives the same text. Holder, instructors, admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(String code) {
        Certificate c = find(code);
        requireCanSee(c.holderId());
        return CertificatePdf.render(new CertificatePdf.Data(academyName, c.holderName(), c.programName(),
                c.issuedOn(), c.expiresOn(), c.code(), verifyUrl(c.code())));
    }

    /** The signed credential (compact JWS). Holder, instructors, admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String credentialJws(String code) {
        Certificate c = find(code);
        requireCanSee(c.holderId());
        return c.credential();
    }

    /** The credential as the JSON document a wallet shows (the JWS payload less its JWT claims). Holder, instructors, admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String credentialJson(String code) {
        Certificate c = find(code);
        requireCanSee(c.holderId());
        try {
            return tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(CredentialDocument.unsecured(com.nimbusds.jwt.SignedJWT.parse(
                            c.credential()).getPayload().toJSONObject()));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("Stored credential of " + code + " is not a JWS", e);
        }
    }

    /** Generates a new signing key; the old one stays published. Admins only; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String rotateSigningKey() {
        AccountPrincipal me = currentUser.require();
        String kid = signer.rotate();
        audit.record(AuditEntry.of(AuditAction.SIGNING_KEY_ROTATED, me.id(), me.email()).details(kid));
        return kid;
    }

    private void publishIssued(Certificate c, @Nullable String renewsCode) {
        events.publishEvent(new CertificateIssued(c.code(), c.holderId(), c.holderName(), c.courseId(),
                c.programName(), c.issuedOn(), c.expiresOn(), renewsCode, clock.instant()));
    }

    String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    String publicUrl() {
        return publicUrl;
    }

    String academyName() {
        return academyName;
    }

    CertificateView view(Certificate c) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CertificateStatus status = statusOf(c, today);
        return new CertificateView(c.code(), c.holderName(), c.programName(), academyName, c.issuedOn(),
                c.expiresOn(), status, c.revokedAt() == null ? null : LocalDate.ofInstant(c.revokedAt(),
                ZoneOffset.UTC), c.revocationReason(), verifyUrl(c.code()),
                status == CertificateStatus.VALID && !c.expiresOn().isAfter(today.plusDays(60)));
    }

    static CertificateStatus statusOf(Certificate c, LocalDate today) {
        if (c.revokedAt() != null) {
            return CertificateStatus.REVOKED;
        }
        return today.isAfter(c.expiresOn()) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    private Eligibility check(Program program, long traineeId) {
        String name = accounts.displayNames(Set.of(traineeId)).getOrDefault(traineeId, "Trainee");
        List<Requirement> requirements = new ArrayList<>();
        Set<String> done = courses.completedModules(traineeId, program.courseId());
        Course course = courses.findCourse(program.courseId()).orElseThrow();
        long complete = program.requiredModules().stream().filter(done::contains).count();
        requirements.add(new Requirement("Modules complete (lessons read, quiz passed)", Long.toString(complete),
                Integer.toString(program.requiredModules().size()), complete == program.requiredModules().size()));
        Map<String, Double> best = quizzes.bestScores(traineeId, program.courseId());
        double lowest = program.requiredModules().stream()
                .filter(m -> course.module(m).map(Module::quiz).isPresent())
                .mapToDouble(m -> best.getOrDefault(m, 0.0)).min().orElse(100);
        requirements.add(new Requirement("Lowest best quiz score", pct(lowest), pct(program.quizPassMark()),
                lowest >= program.quizPassMark()));
        PracticeService.PracticeTotals totals = practice.totalsFor(traineeId);
        for (Setting s : Setting.values()) {
            Double target = program.practiceHours().get(s.key());
            if (target != null && target > 0) {
                double hours = totals.approvedMinutes().getOrDefault(s, 0) / 60.0;
                requirements.add(new Requirement(s.label() + " hours (approved)", hours(hours), hours(target),
                        hours + 1e-9 >= target));
            }
        }
        Double rubric = totals.liveModelRubricAverage();
        requirements.add(new Requirement("Average rubric score on live-model work",
                rubric == null ? "none yet" : String.format(Locale.ROOT, "%.1f", rubric),
                String.format(Locale.ROOT, "%.1f", program.minimumLiveModelRubricAverage()),
                rubric != null && rubric + 1e-9 >= program.minimumLiveModelRubricAverage()));
        if (program.practicalAssessment()) {
            Optional<PracticalAssessment> latest = assessments.latestFirst(traineeId, program.courseId()).stream()
                    .findFirst();
            requirements.add(new Requirement("Practical assessment", latest.map(a -> a.passed() ? "passed"
                    : "not passed").orElse("not taken"), "passed", latest.map(PracticalAssessment::passed)
                    .orElse(false)));
        }
        return new Eligibility(program, traineeId, name, List.copyOf(requirements));
    }

    private Program program(String courseId) {
        Course c = courses.findCourse(courseId).orElseThrow(() -> new RuleViolationException("There is no course \""
                + courseId + "\"."));
        if (c.certification().isEmpty()) {
            throw new RuleViolationException(c.title() + " has no certification program.");
        }
        return program(c);
    }

    private static Program program(Course c) {
        return Program.from(c.id(), c.title(), c.modules().stream().map(Module::id).toList(), c.certification());
    }

    private Certificate find(String code) {
        String normal = CertificateCode.normalise(code).orElseThrow(() -> new RuleViolationException(
                "\"" + code + "\" is not a certificate code."));
        return certificates.findByCode(normal).orElseThrow(() -> new RuleViolationException(
                "No certificate has the code " + normal + "."));
    }

    private void requireCanSee(long traineeId) {
        AccountPrincipal me = currentUser.require();
        if (me.id() == traineeId || me.role() == Role.ADMIN
                || (me.role() == Role.INSTRUCTOR && cohorts.instructorTeaches(me.id(), traineeId))) {
            return;
        }
        throw new AccessDeniedException("You may not see this trainee's certification record.");
    }

    private AccountPrincipal requireAssessor(long traineeId) {
        AccountPrincipal me = currentUser.require();
        if (me.id() == traineeId) {
            throw new AccessDeniedException("You cannot assess or certify yourself.");
        }
        if (me.role() == Role.ADMIN || (me.role() == Role.INSTRUCTOR && cohorts.instructorTeaches(me.id(),
                traineeId))) {
            return me;
        }
        throw new AccessDeniedException("You assess and certify only the trainees of your own cohorts.");
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v);
    }

    private static String hours(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
