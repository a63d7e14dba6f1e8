package com.smpacademy.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificateExpiring;
import com.smpacademy.certification.CertificateRenewed;
import com.smpacademy.certification.CertificationService;
import com.smpacademy.certification.CertificationTestAccess;
import com.smpacademy.clinic.ClinicService.CheckOutcome;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.clinic.ClinicService.RosterRow;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringTest
class ClinicServiceTest {

    @Autowired ClinicService clinics;
    @Autowired CertificationService certification;
    @Autowired CertificationTestAccess access;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired EntityManagerFactory emf;
    @Autowired ClinicAlerts alerts;

    AccountPrincipal ownerA;
    AccountPrincipal ownerB;
    ClinicSummary clinicA;
    ClinicSummary clinicB;

    @BeforeEach
    void twoClinics() {
        clock.reset();
        ownerA = users.create(Role.CLINIC_OWNER);
        ownerB = users.create(Role.CLINIC_OWNER);
        users.loginAs(TestUsers.ADMIN);
        clinicA = clinics.createClinic("Clinic A " + suffix(), "Leeds", "a@clinic.example", null, ownerA.email())
                .clinic();
        clinicB = clinics.createClinic("Clinic B " + suffix(), "York", "b@clinic.example", null, ownerB.email())
                .clinic();
    }

    @AfterEach
    void reset() {
        clock.reset();
        users.logout();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A new trainee holding a fresh valid certificate; returns its code. */
    private String certificate() {
        AccountPrincipal t = users.create(Role.TRAINEE);
        return access.issueWithoutChecks(t.email());
    }

    private static String mistype(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
    }

    @Test
    void anAdminCreatesAClinicWithANewOwnerWhoIsInvitedToChooseAPassword() {
        users.loginAs(TestUsers.ADMIN);
        String email = "new-owner-" + suffix() + "@clinic.example";
        ClinicService.CreatedClinic created = clinics.createClinic("Scalp Studio", "Bristol", "hi@studio.example",
                "Morgan Lee", email);
        assertThat(created.invitationExpiresAt()).isNotNull();
        assertThat(users.principal(email).role()).isEqualTo(Role.CLINIC_OWNER);
        assertThat(clinics.allClinics()).anySatisfy(r -> {
            assertThat(r.clinic().name()).isEqualTo("Scalp Studio");
            assertThat(r.owners()).containsExactly("Morgan Lee");
        });
        users.loginAs(users.principal(email));
        assertThat(clinics.myClinics()).extracting(ClinicSummary::name).containsExactly("Scalp Studio");
    }

    @Test
    void creatingAClinicWithBadInputNamesEachFieldAndRefusesATraineeAsOwner() {
        users.loginAs(TestUsers.ADMIN);
        assertThatThrownBy(() -> clinics.createClinic(" ", "", "nope", "", TestUsers.TRAINEE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "city", "contactEmail", "ownerEmail")
                        .containsEntry("ownerEmail", "This email belongs to a trainee account; a clinic owner "
                                + "needs a clinic-owner account."));
        users.loginAs(ownerA);
        assertThatThrownBy(() -> clinics.createClinic("X", "Y", "a@b.c", null, "z@b.c"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMistypedCodeIsCaughtByTheCheckCharacterAndAnUnknownOrDuplicateCodeIsRefused() {
        String code = certificate();
        users.loginAs(ownerA);
        assertThatThrownBy(() -> clinics.addToRoster(clinicA.id(), mistype(code), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("code"))
                        .contains("check character"));
        assertThatThrownBy(() -> clinics.addToRoster(clinicA.id(), "SMP-0000-0000-0", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("No certificate has the code SMP-0000-0000-0"));
        RosterRow row = clinics.addToRoster(clinicA.id(), code.toLowerCase().replace("-", " "), "Tuesdays");
        assertThat(row.code()).isEqualTo(code);
        assertThat(row.status()).isEqualTo(RosterStatus.VALID);
        assertThat(row.note()).isEqualTo("Tuesdays");
        assertThat(row.addedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThatThrownBy(() -> clinics.addToRoster(clinicA.id(), code, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("already on the roster"));
    }

    @Test
    void aScannedVerifyUrlIsReadAsItsCode() {
        String code = certificate();
        users.loginAs(ownerA);
        RosterRow row = clinics.addToRoster(clinicA.id(), "https://academy.example/verify/" + code, null);
        assertThat(row.code()).isEqualTo(code);
    }

    @Test
    void theRosterReadsStatusLiveAndPutsWhatNeedsAttentionFirst() {
        String valid = certificate();
        String toRevoke = certificate();
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), valid, null);
        clinics.addToRoster(clinicA.id(), toRevoke, null);
        assertThat(clinics.roster(clinicA.id()).rows()).extracting(RosterRow::status)
                .containsOnly(RosterStatus.VALID);

        users.loginAs(TestUsers.ADMIN);
        certification.revoke(toRevoke, "Professional misconduct", null);
        users.loginAs(ownerA);
        List<RosterRow> rows = clinics.roster(clinicA.id()).rows();
        assertThat(rows.get(0).code()).isEqualTo(toRevoke);
        assertThat(rows.get(0).statusText()).isEqualTo("Revoked — Professional misconduct");

        // 24 months of validity: 23 months and 10 days on, the valid one is expiring; past it, expired
        clock.advance(Duration.ofDays(30 * 24 - 40));
        RosterRow expiring = clinics.roster(clinicA.id()).rows().stream().filter(r -> r.code().equals(valid))
                .findFirst().orElseThrow();
        assertThat(expiring.status()).isEqualTo(RosterStatus.EXPIRING);
        assertThat(expiring.statusText()).startsWith("Expires in ").endsWith(" days");
        clock.advance(Duration.ofDays(100));
        assertThat(clinics.roster(clinicA.id()).rows()).extracting(RosterRow::status)
                .containsExactly(RosterStatus.REVOKED, RosterStatus.EXPIRED);
        assertThat(clinics.rosterCsv(clinicA.id())).contains(valid, toRevoke, "\"Expired\"",
                "\"Revoked — Professional misconduct\"", clinicA.name());
    }

    @Test
    void anOwnerOfClinicAReadsAndChangesNothingOfClinicBWhateverIdTheyType() {
        String code = certificate();
        users.loginAs(ownerB);
        RosterRow rowB = clinics.addToRoster(clinicB.id(), code, "B's note");
        ClinicService.Invitation invB = clinics.inviteTrainee(clinicB.id(), "staff@b.example");
        users.loginAs(TestUsers.ADMIN);
        certification.revoke(code, "Other", null);
        long alertB = jdbc.queryForObject("select id from clinic_alert where clinic_id = ?", Long.class,
                clinicB.id());

        users.loginAs(ownerA);
        long b = clinicB.id();
        List<ThrowingCallable> attempts = List.of(
                () -> clinics.clinic(b),
                () -> clinics.roster(b),
                () -> clinics.rosterCsv(b),
                () -> clinics.addToRoster(b, certificate(), null),
                () -> clinics.updateNote(b, rowB.entryId(), "mine now"),
                () -> clinics.updateNote(clinicA.id(), rowB.entryId(), "through my own clinic"),
                () -> clinics.removeFromRoster(b, rowB.entryId()),
                () -> clinics.removeFromRoster(clinicA.id(), rowB.entryId()),
                () -> clinics.bulkAdd(b, code, null, null),
                () -> clinics.alerts(b, 10),
                () -> clinics.markRead(alertB),
                () -> clinics.markAllRead(b),
                () -> clinics.owners(b),
                () -> clinics.inviteCoOwner(b, ownerA.email()),
                () -> clinics.inviteTrainee(b, "me@a.example"),
                () -> clinics.pendingInvitations(b),
                () -> clinics.cancelInvitation(b, invB.id()),
                () -> clinics.cancelInvitation(clinicA.id(), invB.id()),
                () -> clinics.sponsoredTrainees(b),
                () -> clinics.roster(987_654_321L));
        for (ThrowingCallable attempt : attempts) {
            users.loginAs(ownerA);
            assertThatThrownBy(attempt).isInstanceOf(AccessDeniedException.class);
        }
        users.loginAs(ownerA);
        assertThat(clinics.alerts(null, 50)).isEmpty();
        assertThat(clinics.unreadAlerts()).isZero();
        users.loginAs(ownerB);
        assertThat(clinics.roster(b).rows()).singleElement().satisfies(r -> assertThat(r.note()).isEqualTo(
                "B's note"));
        assertThat(clinics.alerts(b, 10)).singleElement().satisfies(a -> assertThat(a.read()).isFalse());
        assertThat(clinics.pendingInvitations(b)).hasSize(1);

        // other roles are refused at the door
        users.loginAs(TestUsers.TRAINEE);
        assertThatThrownBy(() -> clinics.roster(b)).isInstanceOf(AccessDeniedException.class);
        users.loginAs(TestUsers.INSTRUCTOR);
        assertThatThrownBy(() -> clinics.myClinics()).isInstanceOf(AccessDeniedException.class);
        users.loginAs(TestUsers.ADMIN);
        assertThatThrownBy(() -> clinics.roster(b)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRevocationAlertsEveryOwnerOnceInTheRevokingRequestAndAReplayAfterARestartAddsNothing() {
        String code = certificate();
        AccountPrincipal coOwner = users.create(Role.CLINIC_OWNER);
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), code, null);
        String link = clinics.inviteCoOwner(clinicA.id(), coOwner.email()).link();
        users.loginAs(coOwner);
        clinics.acceptInvitation(link.substring(link.lastIndexOf('/') + 1));

        users.loginAs(TestUsers.ADMIN);
        certification.revoke(code, "Issued in error", "typo");
        // already there when revoke() returns: no job in between
        assertThat(count(code)).isEqualTo(2);

        // the same event again (a retried job, a second node) and after a "restart" (a new listener instance)
        var replay = new com.smpacademy.certification.CertificateRevoked(code, 0, "X", "P", "Issued in error", null,
                Instant.now());
        tx.executeWithoutResult(s -> events.publishEvent(replay));
        ClinicAlerts restarted = new ClinicAlerts(jdbc, clock, events);
        tx.executeWithoutResult(s -> restarted.on(replay));
        assertThat(count(code)).isEqualTo(2);
        // each owner was notified once under the bell and once by e-mail (through the outbox)
        for (AccountPrincipal owner : List.of(ownerA, coOwner)) {
            assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = "
                    + "'clinic.roster-alert' and body like ?", Long.class, owner.id(), "%" + code + "%")).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient_id = ? and kind = "
                    + "'clinic.roster-alert' and body_text like ?", Long.class, owner.id(), "%" + code + "%"))
                    .isEqualTo(1);
        }

        // and the database itself refuses a duplicate, whatever code path tries
        assertThatThrownBy(() -> jdbc.update("insert into clinic_alert (clinic_id, owner_id, kind, event_key, "
                + "certificate_code, holder_name, message, created_at) values (?, ?, 'REVOKED', ?, ?, 'X', 'X', ?)",
                clinicA.id(), ownerA.id(), "revoked:" + code, code, Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);

        users.loginAs(ownerA);
        assertThat(clinics.unreadAlerts()).isEqualTo(1);
        ClinicService.AlertView alert = clinics.alerts(clinicA.id(), 10).get(0);
        assertThat(alert.kind()).isEqualTo(AlertKind.REVOKED);
        assertThat(alert.message()).contains(code, "Issued in error");
        clinics.markRead(alert.id());
        assertThat(clinics.unreadAlerts()).isZero();
        users.loginAs(coOwner);
        assertThat(clinics.unreadAlerts()).isEqualTo(1);
        assertThat(clinics.markAllRead(clinicA.id())).isEqualTo(1);
        assertThat(clinics.unreadAlerts()).isZero();
    }

    @Test
    void expiryWarningsAt60And30DaysAndExpiryAlertOnceEachButNotAt7() {
        String code = certificate();
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), code, null);
        LocalDate expires = LocalDate.now(ZoneOffset.UTC).plusYears(2);
        for (int days : List.of(60, 30, 7, 0, 60, 30, 0)) {
            tx.executeWithoutResult(s -> events.publishEvent(new CertificateExpiring(code, 0, "Holder", "Program",
                    expires, days, true, Instant.now())));
        }
        assertThat(clinics.alerts(clinicA.id(), 10)).extracting(ClinicService.AlertView::kind)
                .containsExactlyInAnyOrder(AlertKind.EXPIRING_60, AlertKind.EXPIRING_30, AlertKind.EXPIRED);
    }

    @Test
    void theRosterFollowsARenewalToTheNewCertificateAndSaysSo() {
        AccountPrincipal holder = users.create(Role.TRAINEE);
        String old = access.issueWithoutChecks(holder.email());
        String renewed = access.issueWithoutChecks(holder.email());
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), old, "keeps the note");
        users.loginAs(ownerB);
        clinics.addToRoster(clinicB.id(), old, null);
        clinics.addToRoster(clinicB.id(), renewed, null);

        tx.executeWithoutResult(s -> events.publishEvent(new CertificateRenewed(old, renewed, holder.id(),
                "Holder", "Program", LocalDate.now().plusYears(2), Instant.now())));
        users.loginAs(ownerA);
        RosterRow row = clinics.roster(clinicA.id()).rows().get(0);
        assertThat(row.code()).isEqualTo(renewed);
        assertThat(row.previousCode()).isEqualTo(old);
        assertThat(row.renewedOn()).isNotNull();
        assertThat(row.note()).isEqualTo("keeps the note");
        assertThat(clinics.alerts(clinicA.id(), 5)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.RENEWED);
            assertThat(a.message()).contains(old, renewed);
        });
        users.loginAs(ownerB);
        assertThat(clinics.roster(clinicB.id()).rows()).extracting(RosterRow::code).containsExactly(renewed);
    }

    @Test
    void aBulkCheckReportsEachRowAndDownloadsAsCsv() {
        String valid = certificate();
        String revoked = certificate();
        users.loginAs(TestUsers.ADMIN);
        certification.revoke(revoked, "Other", null);
        users.loginAs(ownerA);
        String text = "Certificate code,Name\n" + valid + ",Sam\n\n" + revoked + ",Al\n"
                + "SMP-0000-0000-0,Nobody\n" + mistype(valid) + ",Typo\n" + valid.toLowerCase() + ",Again\n";
        ClinicService.BulkCheck check = clinics.bulkCheck(text);
        assertThat(check.rows()).extracting(ClinicService.CheckRow::outcome).containsExactly(CheckOutcome.VALID,
                CheckOutcome.REVOKED, CheckOutcome.UNKNOWN, CheckOutcome.MISTYPED, CheckOutcome.VALID);
        assertThat(check.rows()).extracting(ClinicService.CheckRow::line).containsExactly(2, 4, 5, 6, 7);
        assertThat(check.rows().get(3).message()).contains("check character");
        assertThat(check.rows().get(4).message()).startsWith("Duplicate of line 2.");
        assertThat(check.toCsv()).startsWith("line,input,result").contains(valid, "Mistyped", "Unknown",
                "Revoked");
        assertThat(clinics.roster(clinicA.id()).rows()).isEmpty();
    }

    @Test
    void aMalformedOrOversizedFileGetsAClearMessage() {
        users.loginAs(ownerA);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            big.append("SMP-0000-0000-0\n");
        }
        assertThatThrownBy(() -> clinics.bulkCheckFile("big.csv", big.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("more than 1000 codes"));
        assertThatThrownBy(() -> clinics.bulkCheckFile("photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0,
                (byte) 0xff, (byte) 0xfe})).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.getMessage()).contains("not a CSV or text file"));
        assertThatThrownBy(() -> clinics.bulkCheckFile("empty.csv", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> clinics.bulkCheckFile("huge.csv", new byte[300 * 1024]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than 256 KB");
        assertThatThrownBy(() -> clinics.bulkCheck("\n\n  \n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No certificate codes found");
    }

    @Test
    void aBulkAddIsAllOrNothingAndSkipsDuplicatesAndArtistsAlreadyOnTheRoster() {
        String one = certificate();
        String two = certificate();
        String three = certificate();
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), one, null);
        ClinicService.BulkAdd refused = clinics.bulkAdd(clinicA.id(), one + "\n" + two + "\n" + mistype(three),
                null, null);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.added()).isZero();
        assertThat(clinics.roster(clinicA.id()).rows()).hasSize(1);

        ClinicService.BulkAdd added = clinics.bulkAdd(clinicA.id(), null, ("code\n" + one + "\n" + two + "\n"
                + two + "\n" + three + "\n").getBytes(StandardCharsets.UTF_8), "codes.csv");
        assertThat(added.refused()).isFalse();
        assertThat(added.added()).isEqualTo(2);
        assertThat(added.alreadyOnRoster()).isEqualTo(1);
        assertThat(clinics.roster(clinicA.id()).rows()).extracting(RosterRow::code)
                .containsExactlyInAnyOrder(one, two, three);
    }

    @Test
    void aCoOwnerInvitationWorksOnceForTheInvitedClinicOwnerAndExpires() {
        AccountPrincipal invited = users.create(Role.CLINIC_OWNER);
        AccountPrincipal other = users.create(Role.CLINIC_OWNER);
        users.loginAs(ownerA);
        String link = clinics.inviteCoOwner(clinicA.id(), invited.email()).link();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(clinics.invitation(token)).hasValueSatisfying(i -> {
            assertThat(i.clinicName()).isEqualTo(clinicA.name());
            assertThat(i.state()).isEqualTo(ClinicService.InvitationState.OPEN);
        });
        assertThat(jdbc.queryForObject("select count(*) from clinic_invitation where token_hash = ?", Long.class,
                token)).as("only the token's hash is stored").isZero();

        users.loginAs(other);
        assertThatThrownBy(() -> clinics.acceptInvitation(token)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("was sent to " + invited.email());
        users.loginAs(invited);
        clinics.acceptInvitation(token);
        assertThat(clinics.myClinics()).extracting(ClinicSummary::id).containsExactly(clinicA.id());
        assertThat(clinics.owners(clinicA.id())).hasSize(2);
        assertThatThrownBy(() -> clinics.acceptInvitation(token)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already been used");

        users.loginAs(ownerA);
        String late = clinics.inviteCoOwner(clinicA.id(), other.email()).link();
        clock.advance(ClinicService.INVITATION_VALIDITY.plusHours(1));
        users.loginAs(other);
        assertThatThrownBy(() -> clinics.acceptInvitation(late.substring(late.lastIndexOf('/') + 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> clinics.acceptInvitation("forged-token")).isInstanceOf(
                RuleViolationException.class).hasMessageContaining("not valid");
    }

    @Test
    void aSponsoredTraineeIsSeenOnlyAfterAcceptingAndNoMoreAfterLeaving() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(ownerA);
        String link = clinics.inviteTrainee(clinicA.id(), trainee.email()).link();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(clinics.sponsoredTrainees(clinicA.id())).isEmpty();
        assertThatThrownBy(() -> clinics.acceptInvitation(token)).isInstanceOf(RuleViolationException.class);

        users.loginAs(trainee);
        clinics.acceptInvitation(token);
        assertThat(clinics.mySponsors()).extracting(ClinicService.Sponsor::clinicName)
                .containsExactly(clinicA.name());

        users.loginAs(ownerA);
        List<ClinicService.SponsoredTrainee> seen = clinics.sponsoredTrainees(clinicA.id());
        assertThat(seen).singleElement().satisfies(t -> {
            assertThat(t.traineeId()).isEqualTo(trainee.id());
            assertThat(t.programs()).isNotEmpty();
            ClinicService.ProgramProgress p = t.programs().get(0);
            assertThat(p.modulesComplete()).isZero();
            assertThat(p.eligible()).isFalse();
            assertThat(p.requirements()).extracting(CertificationService.Requirement::label)
                    .anySatisfy(l -> assertThat(l).contains("hours (approved)"));
            assertThat(p.quizBestScores()).isNotEmpty().allSatisfy(q -> assertThat(q.best()).isNull());
        });
        users.loginAs(ownerB);
        assertThatThrownBy(() -> clinics.sponsoredTrainees(clinicA.id())).isInstanceOf(AccessDeniedException.class);

        users.loginAs(trainee);
        clinics.leaveClinic(clinicA.id());
        assertThat(clinics.mySponsors()).isEmpty();
        assertThatThrownBy(() -> clinics.leaveClinic(clinicA.id())).isInstanceOf(RuleViolationException.class);
        users.loginAs(ownerA);
        assertThat(clinics.sponsoredTrainees(clinicA.id())).isEmpty();
    }

    @Test
    void theRosterRunsTheSameNumberOfStatementsForTwoArtistsAndForForty() {
        users.loginAs(ownerA);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            codes.add(certificate());
        }
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), codes.get(0), null);
        clinics.addToRoster(clinicA.id(), codes.get(1), null);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        assertThat(clinics.roster(clinicA.id()).rows()).hasSize(2);
        long small = stats.getPrepareStatementCount();
        clinics.bulkAdd(clinicA.id(), String.join("\n", codes), null, null);
        stats.clear();
        assertThat(clinics.roster(clinicA.id()).rows()).hasSize(40);
        long large = stats.getPrepareStatementCount();
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);
        stats.clear();
        assertThat(clinics.bulkCheck(String.join("\n", codes)).rows()).hasSize(40);
        assertThat(stats.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void aNewAlertIsPublishedForEmailDeliveryOncePerOwner() {
        String code = certificate();
        users.loginAs(ownerA);
        clinics.addToRoster(clinicA.id(), code, null);
        List<ClinicAlertRaised> raised = new ArrayList<>();
        ClinicAlerts recording = new ClinicAlerts(jdbc, clock, e -> {
            if (e instanceof ClinicAlertRaised r) {
                raised.add(r);
            }
        });
        var event = new CertificateExpiring(code, 0, "Holder", "Program", LocalDate.now().plusDays(30), 30, true,
                Instant.now());
        tx.executeWithoutResult(s -> recording.on(event));
        tx.executeWithoutResult(s -> recording.on(event));
        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.ownerId()).isEqualTo(ownerA.id());
            assertThat(r.kind()).isEqualTo(AlertKind.EXPIRING_30);
        });
    }

    private long count(String code) {
        return jdbc.queryForObject("select count(*) from clinic_alert where certificate_code = ?", Long.class, code);
    }
}
