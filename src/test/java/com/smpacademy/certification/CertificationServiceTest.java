package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseService;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.Rubric;
import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class CertificationServiceTest {

    @Autowired CertificationService certification;
    @Autowired VerificationService verification;
    @Autowired CourseService courses;
    @Autowired QuizService quizzes;
    @Autowired PracticeService practice;
    @Autowired CohortService cohorts;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    static String lab;
    AccountPrincipal trainee;
    AccountPrincipal instructor;

    /** A one-module course whose program needs: the module, its quiz, 1 h synthetic and 1 h live-model practice. */
    static String writeLab() throws Exception {
        String id = "cert-lab-" + UUID.randomUUID().toString().substring(0, 8);
        Path dir = Path.of("target/test-courses-dir", id);
        Files.createDirectories(dir.resolve("01-m1"));
        Files.writeString(dir.resolve("course.yaml"), """
                id: %s
                title: Certification lab
                modules: [m1]
                certification:
                  name: Certified lab practitioner
                  requiredModules: [m1]
                  quizPassMark: 80
                  practiceHours:
                    synthetic-skin: 1
                    supervised-live-model: 1
                  minimumLiveModelRubricAverage: 3.5
                  practicalAssessment: true
                  validityMonths: 24
                  renewal:
                    refresherModule: m1
                    recentApprovedHours: 10
                    recentMonths: 12
                """.formatted(id));
        Files.writeString(dir.resolve("01-m1/module.yaml"), "id: m1\ntitle: Only module\nprerequisites: []\n");
        Files.writeString(dir.resolve("01-m1/01-read.md"), "---\ntitle: Read\n---\nText.\n");
        Files.writeString(dir.resolve("01-m1/quiz.yaml"), """
                passMark: 80
                retakeAfterPassMonths: 12
                questions:
                  - id: tf
                    type: true-false
                    text: True?
                    answer: true
                """);
        return id;
    }

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        if (lab == null) {
            lab = writeLab();
        }
        users.loginAs(TestUsers.ADMIN);
        if (courses.findCourse(lab).isEmpty()) {
            courses.reloadPacks();
        }
        trainee = users.create(Role.TRAINEE);
        instructor = users.create(Role.INSTRUCTOR);
        CohortSummary c = cohorts.create("Cert " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(c.id(), trainee.id());
        cohorts.addMember(c.id(), instructor.id());
    }

    @AfterEach
    void tidy() {
        users.logout();
        clock.reset();
    }

    private void completeStudies() {
        users.loginAs(trainee);
        courses.markDone(lab, "m1", "read", true);
        var attempt = quizzes.start(lab, "m1");
        quizzes.saveAnswer(attempt.attemptId(), 0, Answer.truth(true));
        quizzes.submit(attempt.attemptId());
    }

    private void approvedPractice(Setting setting, int minutes, Rubric rubric) {
        users.loginAs(trainee);
        long id = practice.save(null, new EntryForm(LocalDate.now(clock).minusDays(1), minutes, setting,
                Skill.DENSITY_FILL, "3RL", 0.3, null, null, null,
                setting == Setting.LIVE_MODEL ? instructor.id() : null, null));
        practice.submit(id);
        users.loginAs(instructor);
        practice.decide(id, Decision.APPROVE, rubric, null);
    }

    private void makeEligible() {
        completeStudies();
        approvedPractice(Setting.SYNTHETIC_SKIN, 60, new Rubric(3, 3, 3, 3, 3));
        approvedPractice(Setting.LIVE_MODEL, 60, new Rubric(4, 4, 4, 4, 4));
        users.loginAs(instructor);
        certification.recordPracticalAssessment(trainee.id(), lab, true, "Clean set-up, even depth throughout.");
    }

    private CertificateView issued() {
        makeEligible();
        users.loginAs(instructor);
        return certification.issue(trainee.id(), lab);
    }

    @Test
    void theChecklistShowsEachRequirementWithItsFigure() {
        users.loginAs(trainee);
        var before = certification.eligibility(trainee.id(), lab);
        assertThat(before.eligible()).isFalse();
        assertThat(before.requirements()).extracting(CertificationService.Requirement::label).containsExactly(
                "Modules complete (lessons read, quiz passed)", "Lowest best quiz score",
                "Synthetic practice skin hours (approved)", "Supervised live model hours (approved)",
                "Average rubric score on live-model work", "Practical assessment");
        assertThat(before.requirements()).allMatch(r -> !r.met());

        completeStudies();
        approvedPractice(Setting.LIVE_MODEL, 30, new Rubric(3, 3, 3, 3, 3));
        users.loginAs(trainee);
        var during = certification.eligibility(trainee.id(), lab);
        assertThat(during.requirements().get(0).met()).isTrue();
        assertThat(during.requirements().get(1).current()).isEqualTo("100%");
        assertThat(during.requirements().get(3)).satisfies(r -> {
            assertThat(r.current()).isEqualTo("0.5");
            assertThat(r.target()).isEqualTo("1");
            assertThat(r.met()).isFalse();
        });
        assertThat(during.requirements().get(4)).satisfies(r -> {
            assertThat(r.current()).isEqualTo("3.0");
            assertThat(r.met()).isFalse();
        });
    }

    @Test
    void theServiceRefusesToIssueWhenARequirementFailsWhoeverCalls() {
        completeStudies();
        approvedPractice(Setting.SYNTHETIC_SKIN, 60, new Rubric(3, 3, 3, 3, 3));
        approvedPractice(Setting.LIVE_MODEL, 60, new Rubric(4, 4, 4, 4, 4));
        users.loginAs(TestUsers.ADMIN);
        assertThatThrownBy(() -> certification.issue(trainee.id(), lab)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Practical assessment (not taken of passed)");
        users.loginAs(instructor);
        certification.recordPracticalAssessment(trainee.id(), lab, false, "Depth inconsistent at the hairline.");
        assertThatThrownBy(() -> certification.issue(trainee.id(), lab)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Practical assessment (not passed of passed)");
    }

    @Test
    void onlyTheTraineesInstructorsAndAdminsIssueAndNobodyCertifiesThemselves() {
        makeEligible();
        users.loginAs(trainee);
        assertThatThrownBy(() -> certification.issue(trainee.id(), lab)).isInstanceOf(AccessDeniedException.class);
        users.loginAs(users.create(Role.INSTRUCTOR));
        assertThatThrownBy(() -> certification.issue(trainee.id(), lab)).isInstanceOf(AccessDeniedException.class);
        users.loginAs(TestUsers.ADMIN);
        assertThat(certification.issue(trainee.id(), lab).status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void anIssuedCertificateIsAuditedVerifiableAndCarriesASignedCredential() {
        CertificateView c = issued();
        assertThat(c.code()).startsWith("SMP-");
        assertThat(c.expiresOn()).isEqualTo(c.issuedOn().plusMonths(24));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CERTIFICATE_ISSUED' and "
                + "target_id = ?", Integer.class, c.code())).isEqualTo(1);

        users.loginAs(trainee);
        String jws = certification.credentialJws(c.code());
        VerificationService.CredentialCheck check = verification.verifyCredential(jws);
        assertThat(check.valid()).isTrue();
        assertThat(check.certificate().code()).isEqualTo(c.code());
        String payload = new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"AchievementCredential\"", "https://www.w3.org/ns/credentials/v2",
                "\"validUntil\"", trainee.displayName()).doesNotContain(trainee.email());
    }

    @Test
    void aTamperedCredentialIsRefused() {
        CertificateView c = issued();
        users.loginAs(trainee);
        String[] parts = certification.credentialJws(c.code()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(trainee.displayName(), "Somebody Else");
        String forgedPayload = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(verification.verifyCredential(forgedPayload).valid()).isFalse();
        assertThat(verification.verifyCredential(forgedPayload).checks().get(0).message()).contains("altered");

        char flipped = parts[2].charAt(5) == 'A' ? 'B' : 'A';
        String forgedSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 5) + flipped
                + parts[2].substring(6);
        assertThat(verification.verifyCredential(forgedSignature).valid()).isFalse();
        assertThat(verification.verifyCredential("not-a-jwt").checks().get(0).passed()).isFalse();
    }

    @Test
    void aCertificatePastItsExpiryShowsAsExpiredWithNoJob() {
        CertificateView c = issued();
        users.loginAs(trainee);
        String jws = certification.credentialJws(c.code());
        clock.advance(Duration.ofDays(24 * 31 + 2));
        var found = (VerificationService.Found) verification.verify(c.code());
        assertThat(found.certificate().status()).isEqualTo(CertificateStatus.EXPIRED);
        var check = verification.verifyCredential(jws);
        assertThat(check.valid()).isFalse();
        assertThat(check.checks()).anySatisfy(k -> {
            assertThat(k.name()).isEqualTo("expiry");
            assertThat(k.passed()).isFalse();
        });
    }

    @Test
    void aRevokedCertificateShowsTheRevocationAtOnce() {
        CertificateView c = issued();
        users.loginAs(instructor);
        assertThatThrownBy(() -> certification.revoke(c.code(), "Other", null))
                .isInstanceOf(AccessDeniedException.class);
        users.loginAs(TestUsers.ADMIN);
        certification.revoke(c.code(), "Professional misconduct", "Worked outside the scope of practice.");
        var found = (VerificationService.Found) verification.verify(c.code());
        assertThat(found.certificate().status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(found.certificate().revocationReason()).isEqualTo("Professional misconduct");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CERTIFICATE_REVOKED' and "
                + "target_id = ?", Integer.class, c.code())).isEqualTo(1);
    }

    @Test
    void thePdfHoldsTheCodeAndAQrCodeThatOpensTheVerifyPage() throws Exception {
        CertificateView c = issued();
        users.loginAs(trainee);
        byte[] pdf = certification.pdf(c.code());
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(c.code(), trainee.displayName(), "Certified lab practitioner", c.verifyUrl());
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
        String again = new PdfTextExtractor(new PdfReader(certification.pdf(c.code()))).getTextFromPage(1);
        assertThat(again).isEqualTo(text);

        BufferedImage qr = CertificatePdf.qr(c.verifyUrl());
        int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                qr.getWidth(), qr.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo(c.verifyUrl()).endsWith("/verify/" + c.code());
    }

    @Test
    void aVerificationRunsAtMostTwoStatements() {
        CertificateView c = issued();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        verification.verify(c.code());
        assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(2);
    }

    @Test
    void renewalOpensSixtyDaysBeforeExpiryAndNeedsRecentApprovedPractice() {
        CertificateView c = issued();
        users.loginAs(trainee);
        assertThatThrownBy(() -> quizzes.start(lab, "m1")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("You have passed this quiz");
        users.loginAs(instructor);
        assertThatThrownBy(() -> certification.renew(c.code())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Renewal opens 60 days before expiry");
        clock.advance(Duration.ofDays(24 * 30));
        // the program's default rule: 10 approved hours in the last 12 months; the lab trainee has 2, now old
        assertThatThrownBy(() -> certification.renew(c.code())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("needs 10 hours of approved practice");
        for (int i = 0; i < 2; i++) {
            approvedPractice(Setting.SYNTHETIC_SKIN, 5 * 60, new Rubric(4, 4, 4, 4, 4));
        }
        users.loginAs(instructor);
        assertThatThrownBy(() -> certification.renew(c.code())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("refresher quiz");
        // a year after the pass, the quiz opens again as a refresher
        users.loginAs(trainee);
        var refresher = quizzes.start(lab, "m1");
        quizzes.saveAnswer(refresher.attemptId(), 0, Answer.truth(true));
        assertThat(quizzes.submit(refresher.attemptId()).passed()).isTrue();
        users.loginAs(instructor);
        CertificateView renewed = certification.renew(c.code());
        assertThat(renewed.code()).isNotEqualTo(c.code());
        assertThat(renewed.issuedOn()).isEqualTo(c.expiresOn().plusDays(1));
        assertThat(jdbc.queryForObject("select replaces_id from certificate where code = ?", Long.class,
                renewed.code())).isEqualTo(jdbc.queryForObject("select id from certificate where code = ?",
                Long.class, c.code()));
        assertThat(((VerificationService.Found) verification.verify(c.code())).certificate().status())
                .isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void aRotatedKeyStaysPublishedSoOlderCredentialsStillVerify() {
        CertificateView c = issued();
        users.loginAs(trainee);
        String jws = certification.credentialJws(c.code());
        users.loginAs(TestUsers.ADMIN);
        certification.rotateSigningKey();
        assertThat(verification.verifyCredential(jws).valid()).isTrue();
    }
}
