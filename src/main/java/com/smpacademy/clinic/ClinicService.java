package com.smpacademy.clinic;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CreatedAccount;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.certification.CertificateStatus;
import com.smpacademy.certification.CertificateView;
import com.smpacademy.certification.CertificationService;
import com.smpacademy.certification.VerificationService;
import com.smpacademy.common.Csv;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseService;
import com.smpacademy.quiz.QuizService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic owner's workspace: clinics and their owners, the roster of employed artists with live certificate
 * status, bulk checks, alerts, and sponsored trainees. Every method checks that the caller owns the clinic it names,
 * whatever id it is given; a clinic that is not theirs answers exactly as one that does not exist.
 */
@Service
public class ClinicService {

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record ClinicSummary(long id, String name, String city, String contactEmail) {
    }

    /** One artist on the roster, with the certificate's status as of today. */
    public record RosterRow(long entryId, String code, String holderName, String programName, RosterStatus status,
                            int daysLeft, LocalDate expiresOn, @Nullable LocalDate revokedOn,
                            @Nullable String revocationReason, String verifyUrl, @Nullable String note,
                            LocalDate addedOn, @Nullable String previousCode, @Nullable LocalDate renewedOn) {

        /** "Valid", "Expires in 12 days", "Expired", "Revoked — Issued in error". */
        public String statusText() {
            return switch (status) {
                case VALID -> "Valid";
                case EXPIRING -> daysLeft == 0 ? "Expires today" : "Expires in " + daysLeft + " day"
                        + (daysLeft == 1 ? "" : "s");
                case EXPIRED -> "Expired";
                case REVOKED -> "Revoked — " + revocationReason;
            };
        }
    }

    public record Roster(ClinicSummary clinic, LocalDate asOf, List<RosterRow> rows) {
        public Map<RosterStatus, Long> counts() {
            Map<RosterStatus, Long> counts = new EnumMap<>(RosterStatus.class);
            for (RosterStatus s : RosterStatus.values()) {
                counts.put(s, 0L);
            }
            rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
            return counts;
        }

        public List<RosterRow> needingAttention() {
            return rows.stream().filter(r -> r.status().needsAttention()).toList();
        }

        /** The roster as CSV: one row per artist, status as of {@link #asOf}. */
        public String toCsv() {
            StringBuilder sb = new StringBuilder("clinic,as_of,artist,program,certificate_code,status,expires_on,"
                    + "revoked_on,revocation_reason,verify_url,added_on,note\n");
            for (RosterRow r : rows) {
                sb.append(String.join(",", Csv.cell(clinic.name()), asOf.toString(), Csv.cell(r.holderName()),
                        Csv.cell(r.programName()), r.code(), Csv.cell(r.statusText()), r.expiresOn().toString(),
                        r.revokedOn() == null ? "" : r.revokedOn().toString(), Csv.cell(r.revocationReason()),
                        r.verifyUrl(), r.addedOn().toString(), Csv.cell(r.note()))).append('\n');
            }
            return sb.toString();
        }
    }

    /** What one row of a bulk check found. */
    public enum CheckOutcome {
        VALID("Valid"), EXPIRED("Expired"), REVOKED("Revoked"), UNKNOWN("Unknown"), MISTYPED("Mistyped");

        private final String label;

        CheckOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record CheckRow(int line, String input, CheckOutcome outcome, String message,
                           @Nullable CertificateView certificate) {
    }

    public record BulkCheck(List<CheckRow> rows) {
        public Map<CheckOutcome, Long> counts() {
            Map<CheckOutcome, Long> counts = new EnumMap<>(CheckOutcome.class);
            for (CheckOutcome o : CheckOutcome.values()) {
                counts.put(o, 0L);
            }
            rows.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
            return counts;
        }

        public long problems() {
            return rows.stream().filter(r -> r.outcome() == CheckOutcome.UNKNOWN
                    || r.outcome() == CheckOutcome.MISTYPED).count();
        }

        public String toCsv() {
            StringBuilder sb = new StringBuilder("line,input,result,artist,program,certificate_code,expires_on,"
                    + "message\n");
            for (CheckRow r : rows) {
                CertificateView c = r.certificate();
                sb.append(String.join(",", Integer.toString(r.line()), Csv.cell(r.input()), r.outcome().label(),
                        Csv.cell(c == null ? null : c.holderName()), Csv.cell(c == null ? null : c.programName()),
                        c == null ? "" : c.code(), c == null ? "" : c.expiresOn().toString(), Csv.cell(r.message())))
                        .append('\n');
            }
            return sb.toString();
        }
    }

    /** The outcome of a bulk add: nothing is added unless every row names a real certificate. */
    public record BulkAdd(BulkCheck check, int added, int alreadyOnRoster) {
        public boolean refused() {
            return check.problems() > 0;
        }
    }

    public record AlertView(long id, long clinicId, String clinicName, AlertKind kind, String certificateCode,
                            String holderName, String message, Instant createdAt, boolean read) {
    }

    public record OwnerView(long userId, String name, Instant since) {
    }

    /** A pending invitation; {@code link} is only filled in the answer to the call that created it. */
    public record Invitation(long id, String email, String kind, Instant createdAt, Instant expiresAt,
                             @Nullable String link) {
    }

    public enum InvitationState { OPEN, USED, EXPIRED, CANCELLED }

    /** What an invitation link shows before it is accepted. */
    public record InvitationInfo(String clinicName, String city, boolean forOwner, String email,
                                 InvitationState state, Instant expiresAt) {
    }

    public record QuizScore(String module, @Nullable Double best) {
    }

    /** A sponsored trainee's progress in one program: counts and outcomes only. */
    public record ProgramProgress(String programName, long modulesComplete, int modulesRequired,
                                  List<QuizScore> quizBestScores, List<CertificationService.Requirement> requirements,
                                  boolean eligible) {
    }

    public record SponsoredTrainee(long traineeId, String name, Instant since, List<ProgramProgress> programs) {
    }

    public record Sponsor(long clinicId, String clinicName, String city, Instant since) {
    }

    /** The clinic admin page's row. */
    public record ClinicAdminRow(ClinicSummary clinic, List<String> owners) {
    }

    /**
     * The answer to creating a clinic: when its first owner's account is new, until when the e-mailed link to
     * choose a password works.
     */
    public record CreatedClinic(ClinicSummary clinic, String ownerEmail, @Nullable Instant invitationExpiresAt) {
    }

    private final ClinicRepository clinics;
    private final ClinicOwnerRepository owners;
    private final ClinicInvitationRepository invitations;
    private final RosterEntryRepository roster;
    private final ClinicAlertRepository alerts;
    private final SponsorshipRepository sponsorships;
    private final VerificationService verification;
    private final CertificationService certification;
    private final CourseService courses;
    private final QuizService quizzes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String publicUrl;

    ClinicService(ClinicRepository clinics, ClinicOwnerRepository owners, ClinicInvitationRepository invitations,
                  RosterEntryRepository roster, ClinicAlertRepository alerts, SponsorshipRepository sponsorships,
                  VerificationService verification, CertificationService certification, CourseService courses,
                  QuizService quizzes, AccountService accounts, CurrentUser currentUser, Clock clock,
                  @Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.clinics = clinics;
        this.owners = owners;
        this.invitations = invitations;
        this.roster = roster;
        this.alerts = alerts;
        this.sponsorships = sponsorships;
        this.verification = verification;
        this.certification = certification;
        this.courses = courses;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // --- clinics (admin) ---------------------------------------------------------------------------------------

    /**
     * Creates a clinic and its first owner: an existing clinic-owner account with that email, or a new one, whose
     * holder is e-mailed a link to choose a password. Errors per field: {@code name}, {@code city}, {@code contactEmail},
     * {@code ownerName}, {@code ownerEmail}. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedClinic createClinic(@Nullable String name, @Nullable String city, @Nullable String contactEmail,
                                      @Nullable String ownerName, @Nullable String ownerEmail) {
        String cleanName = trim(name);
        String cleanCity = trim(city);
        String contact = trim(contactEmail).toLowerCase(Locale.ROOT);
        String owner = trim(ownerEmail).toLowerCase(Locale.ROOT);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (cleanName.length() < 2 || cleanName.length() > 120) {
            errors.add("name", "Enter the clinic's name (2 to 120 characters).");
        }
        if (cleanCity.length() < 2 || cleanCity.length() > 120) {
            errors.add("city", "Enter the city or region (2 to 120 characters).");
        }
        if (!EMAIL.matcher(contact).matches() || contact.length() > 254) {
            errors.add("contactEmail", "Enter the clinic's contact email, e.g. front-desk@clinic.example.");
        }
        if (!EMAIL.matcher(owner).matches() || owner.length() > 254) {
            errors.add("ownerEmail", "Enter the first owner's email.");
        }
        Optional<UserAccount> existing = errors.has("ownerEmail") ? Optional.empty() : accountByEmail(owner);
        if (existing.isPresent() && existing.get().getRole() != Role.CLINIC_OWNER) {
            errors.add("ownerEmail", "This email belongs to a " + existing.get().getRole().label().toLowerCase(
                    Locale.ROOT) + " account; a clinic owner needs a clinic-owner account.");
        }
        if (existing.isEmpty() && trim(ownerName).length() < 2) {
            errors.add("ownerName", "Enter the owner's name: a new clinic-owner account is created for them.");
        }
        errors.throwIfAny();
        Instant invited = null;
        long ownerId;
        if (existing.isPresent()) {
            ownerId = existing.get().getId();
        } else {
            CreatedAccount created;
            try {
                created = accounts.createAccount(ownerName, owner, Role.CLINIC_OWNER);
            } catch (InvalidInputException e) {
                Map<String, String> renamed = new java.util.LinkedHashMap<>();
                e.fieldErrors().forEach((k, v) -> renamed.put(k.equals("name") ? "ownerName"
                        : k.equals("email") ? "ownerEmail" : k, v));
                throw new InvalidInputException(renamed);
            }
            ownerId = created.account().getId();
            invited = created.invitationExpiresAt();
        }
        Clinic clinic = clinics.save(new Clinic(cleanName, cleanCity, contact, clock.instant()));
        owners.save(new ClinicOwner(clinic.id(), ownerId, clock.instant()));
        return new CreatedClinic(summary(clinic), owner, invited);
    }

    /** Every clinic with its owners' names. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ClinicAdminRow> allClinics() {
        List<Clinic> all = clinics.allByName();
        List<ClinicOwner> everyOwner = owners.findAll();
        Map<Long, String> names = accounts.displayNames(everyOwner.stream().map(ClinicOwner::userId)
                .collect(java.util.stream.Collectors.toSet()));
        return all.stream().map(c -> new ClinicAdminRow(summary(c), everyOwner.stream()
                .filter(o -> o.clinicId() == c.id()).map(o -> names.getOrDefault(o.userId(), "?")).toList()))
                .toList();
    }

    // --- the owner's clinics -----------------------------------------------------------------------------------

    /** The clinics the caller owns, by name. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public List<ClinicSummary> myClinics() {
        return clinics.ownedBy(currentUser.require().id()).stream().map(ClinicService::summary).toList();
    }

    /** One of the caller's clinics. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public ClinicSummary clinic(long clinicId) {
        return summary(requireOwned(clinicId));
    }

    /** The clinic's owners. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public List<OwnerView> owners(long clinicId) {
        requireOwned(clinicId);
        List<ClinicOwner> list = owners.findByClinicIdOrderByAddedAt(clinicId);
        Map<Long, String> names = accounts.displayNames(list.stream().map(ClinicOwner::userId).toList());
        return list.stream().map(o -> new OwnerView(o.userId(), names.getOrDefault(o.userId(), "?"), o.addedAt()))
                .toList();
    }

    // --- roster ------------------------------------------------------------------------------------------------

    /**
     * The roster with every certificate's status read live, needing attention first (revoked, expired, expiring
     * within 60 days), then by name. Three queries whatever its size.
     */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public Roster roster(long clinicId) {
        Clinic clinic = requireOwned(clinicId);
        LocalDate today = today();
        List<RosterEntry> entries = roster.ofClinic(clinicId);
        Map<String, CertificateView> live = verification.findAll(entries.stream().map(RosterEntry::certificateCode)
                .toList());
        List<RosterRow> rows = new ArrayList<>();
        for (RosterEntry e : entries) {
            CertificateView c = live.get(e.certificateCode());
            if (c != null) {
                rows.add(row(e, c, today));
            }
        }
        rows.sort(Comparator.comparing(RosterRow::status).thenComparing(RosterRow::daysLeft)
                .thenComparing(RosterRow::holderName, String.CASE_INSENSITIVE_ORDER));
        return new Roster(summary(clinic), today, List.copyOf(rows));
    }

    /**
     * Adds an artist by certificate code (typed, pasted or scanned). The code's check character is checked before
     * any look-up. Errors per field: {@code code}, {@code note}.
     */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public RosterRow addToRoster(long clinicId, @Nullable String typedCode, @Nullable String note) {
        AccountPrincipal me = currentUser.require();
        requireOwned(clinicId);
        String cleanNote = cleanNote(note);
        VerificationService.Lookup lookup = verification.verify(codeFromScan(typedCode));
        CertificateView c = switch (lookup) {
            case VerificationService.Malformed m -> throw InvalidInputException.of("code", m.message());
            case VerificationService.Unknown u -> throw InvalidInputException.of("code", "No certificate has the "
                    + "code " + u.code() + ". Check it against the artist's certificate.");
            case VerificationService.Found f -> f.certificate();
        };
        if (roster.existsByClinicIdAndCertificateCode(clinicId, c.code())) {
            throw InvalidInputException.of("code", c.holderName() + " (" + c.code() + ") is already on the roster.");
        }
        RosterEntry e = roster.save(new RosterEntry(clinicId, c.code(), cleanNote, today(), me.id()));
        return row(e, c, today());
    }

    /** Changes a roster row's note. Error field: {@code note}. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public void updateNote(long clinicId, long entryId, @Nullable String note) {
        requireOwned(clinicId);
        entry(clinicId, entryId).setNote(cleanNote(note));
    }

    /** Takes an artist off the roster (they left the clinic). */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public void removeFromRoster(long clinicId, long entryId) {
        requireOwned(clinicId);
        roster.delete(entry(clinicId, entryId));
    }

    /** The roster as CSV, status as of now. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public String rosterCsv(long clinicId) {
        return roster(clinicId).toCsv();
    }

    // --- bulk check and bulk add ---------------------------------------------------------------------------------

    /** Checks a pasted list of codes (one a row, CSV allowed, up to 1,000). Changes nothing. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public BulkCheck bulkCheck(@Nullable String pasted) {
        return check(CodeList.parse(pasted == null ? "" : pasted));
    }

    /** Checks an uploaded CSV or text file of codes. A malformed or oversized file is refused with a message. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public BulkCheck bulkCheckFile(String fileName, byte[] bytes) {
        return check(CodeList.fromUpload(fileName, bytes));
    }

    /**
     * Adds every listed certificate to the roster, in one transaction: if any row is unknown or mistyped, nothing
     * is added and the check says which rows to fix. Codes already on the roster and duplicates are skipped.
     */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public BulkAdd bulkAdd(long clinicId, @Nullable String pastedOrNull, byte @Nullable [] file,
                           @Nullable String fileName) {
        AccountPrincipal me = currentUser.require();
        requireOwned(clinicId);
        BulkCheck check = check(file == null ? CodeList.parse(pastedOrNull == null ? "" : pastedOrNull)
                : CodeList.fromUpload(fileName == null ? "the file" : fileName, file));
        if (check.problems() > 0) {
            return new BulkAdd(check, 0, 0);
        }
        Set<String> present = new HashSet<>(roster.codesOf(clinicId));
        Set<String> toAdd = new LinkedHashSet<>();
        int already = 0;
        for (CheckRow r : check.rows()) {
            String code = r.certificate().code();
            if (present.contains(code)) {
                already++;
            } else if (!toAdd.contains(code)) {
                toAdd.add(code);
            }
        }
        LocalDate today = today();
        roster.saveAll(toAdd.stream().map(code -> new RosterEntry(clinicId, code, null, today, me.id())).toList());
        return new BulkAdd(check, toAdd.size(), already);
    }

    private BulkCheck check(List<CodeList.Line> lines) {
        List<VerificationService.Lookup> answers = verification.verifyAll(lines.stream().map(l ->
                codeFromScan(l.code())).toList());
        Map<String, Integer> firstLine = new HashMap<>();
        List<CheckRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CodeList.Line line = lines.get(i);
            CheckRow row = switch (answers.get(i)) {
                case VerificationService.Malformed m -> new CheckRow(line.number(), line.code(),
                        CheckOutcome.MISTYPED, m.message(), null);
                case VerificationService.Unknown u -> new CheckRow(line.number(), line.code(), CheckOutcome.UNKNOWN,
                        "No certificate has the code " + u.code() + ".", null);
                case VerificationService.Found f -> found(line, f.certificate());
            };
            if (row.certificate() != null) {
                Integer first = firstLine.putIfAbsent(row.certificate().code(), line.number());
                if (first != null) {
                    row = new CheckRow(row.line(), row.input(), row.outcome(), "Duplicate of line " + first + ". "
                            + row.message(), row.certificate());
                }
            }
            rows.add(row);
        }
        return new BulkCheck(List.copyOf(rows));
    }

    private static CheckRow found(CodeList.Line line, CertificateView c) {
        return switch (c.status()) {
            case VALID -> new CheckRow(line.number(), line.code(), CheckOutcome.VALID, "Valid until "
                    + c.expiresOn() + ".", c);
            case EXPIRED -> new CheckRow(line.number(), line.code(), CheckOutcome.EXPIRED, "Expired on "
                    + c.expiresOn() + ".", c);
            case REVOKED -> new CheckRow(line.number(), line.code(), CheckOutcome.REVOKED, "Revoked on "
                    + c.revokedOn() + ": " + c.revocationReason() + ".", c);
        };
    }

    // --- alerts --------------------------------------------------------------------------------------------------

    /** The caller's latest alerts for one of their clinics, or for all of them when {@code clinicId} is null. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public List<AlertView> alerts(@Nullable Long clinicId, int max) {
        AccountPrincipal me = currentUser.require();
        List<Clinic> mine = clinicId == null ? clinics.ownedBy(me.id()) : List.of(requireOwned(clinicId));
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        mine.forEach(c -> names.put(c.id(), c.name()));
        return alerts.latest(me.id(), names.keySet(), PageRequest.of(0, Math.min(Math.max(max, 1), 500))).stream()
                .map(a -> new AlertView(a.id(), a.clinicId(), names.get(a.clinicId()), a.kind(),
                        a.certificateCode(), a.holderName(), a.message(), a.createdAt(), a.readAt() != null))
                .toList();
    }

    /** How many of the caller's alerts are unread (one query; for the side navigation). */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public long unreadAlerts() {
        return alerts.unread(currentUser.require().id());
    }

    /** Marks one of the caller's alerts as read. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public void markRead(long alertId) {
        AccountPrincipal me = currentUser.require();
        ClinicAlert alert = alerts.findByIdAndOwnerId(alertId, me.id())
                .orElseThrow(() -> new AccessDeniedException("This alert is not yours."));
        requireOwned(alert.clinicId());
        alert.markRead(clock.instant());
    }

    /** Marks all the caller's alerts of one clinic as read. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public int markAllRead(long clinicId) {
        requireOwned(clinicId);
        return alerts.markAllRead(currentUser.require().id(), clinicId, clock.instant());
    }

    // --- invitations ---------------------------------------------------------------------------------------------

    /**
     * Invites a co-owner by email: the answer carries the invitation link (single use, valid 14 days), shown once.
     * Error field: {@code email}.
     */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public Invitation inviteCoOwner(long clinicId, @Nullable String email) {
        return invite(clinicId, email, ClinicInvitation.Kind.OWNER);
    }

    /**
     * Invites a staff member to train as the clinic's sponsored trainee: they register or log in as a trainee and
     * accept. The answer carries the link, shown once. Error field: {@code email}.
     */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public Invitation inviteTrainee(long clinicId, @Nullable String email) {
        return invite(clinicId, email, ClinicInvitation.Kind.TRAINEE);
    }

    /** The clinic's invitations not yet accepted or cancelled (expired ones included, marked by their date). */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations(long clinicId) {
        requireOwned(clinicId);
        return invitations.pending(clinicId).stream().map(i -> new Invitation(i.id(), i.email(), i.kind().name(),
                i.createdAt(), i.expiresAt(), null)).toList();
    }

    /** Cancels one of the clinic's open invitations; its link stops working. */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional
    public void cancelInvitation(long clinicId, long invitationId) {
        requireOwned(clinicId);
        ClinicInvitation i = invitations.findById(invitationId).filter(x -> x.clinicId() == clinicId)
                .orElseThrow(() -> new AccessDeniedException("This invitation is not one of your clinic's."));
        i.cancel(clock.instant());
    }

    /** What an invitation link is for; anyone holding the link may see this much. */
    @Transactional(readOnly = true)
    public Optional<InvitationInfo> invitation(@Nullable String token) {
        return findInvitation(token).map(i -> {
            Clinic c = clinics.findById(i.clinicId()).orElseThrow();
            return new InvitationInfo(c.name(), c.city(), i.kind() == ClinicInvitation.Kind.OWNER, i.email(),
                    state(i), i.expiresAt());
        });
    }

    /**
     * Accepts an invitation as the signed-in user, whose account must have the invited email: a clinic-owner account
     * for a co-owner invitation, a trainee account for a training invitation. Works once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ClinicSummary acceptInvitation(@Nullable String token) {
        AccountPrincipal me = currentUser.require();
        ClinicInvitation i = findInvitation(token).orElseThrow(() -> new RuleViolationException(
                "This invitation link is not valid. Ask the clinic to send a new one."));
        switch (state(i)) {
            case USED -> throw new RuleViolationException("This invitation has already been used.");
            case EXPIRED -> throw new RuleViolationException("This invitation expired on "
                    + LocalDate.ofInstant(i.expiresAt(), ZoneOffset.UTC) + ". Ask the clinic to send a new one.");
            case CANCELLED -> throw new RuleViolationException("The clinic cancelled this invitation.");
            case OPEN -> {
            }
        }
        if (!me.email().equalsIgnoreCase(i.email())) {
            throw new RuleViolationException("This invitation was sent to " + i.email() + ", but you are logged in "
                    + "as " + me.email() + ". Log in with the invited email.");
        }
        Clinic clinic = clinics.findById(i.clinicId()).orElseThrow();
        Instant now = clock.instant();
        if (i.kind() == ClinicInvitation.Kind.OWNER) {
            if (me.role() != Role.CLINIC_OWNER) {
                throw new RuleViolationException("Co-owning a clinic needs a clinic-owner account; yours is a "
                        + me.role().label().toLowerCase(Locale.ROOT) + " account. Ask the academy to set one up.");
            }
            if (!owners.existsByClinicIdAndUserId(clinic.id(), me.id())) {
                owners.save(new ClinicOwner(clinic.id(), me.id(), now));
            }
        } else {
            if (me.role() != Role.TRAINEE) {
                throw new RuleViolationException("Training invitations are accepted with a trainee account.");
            }
            sponsorships.findByClinicIdAndTraineeId(clinic.id(), me.id()).ifPresentOrElse(s -> s.rejoin(now),
                    () -> sponsorships.save(new Sponsorship(clinic.id(), me.id(), now)));
        }
        i.accept(me.id(), now);
        return summary(clinic);
    }

    // --- sponsored trainees --------------------------------------------------------------------------------------

    /**
     * The clinic's sponsored trainees who accepted and have not left, with their progress: modules complete, best
     * quiz scores, approved hours per setting against the requirement, eligibility. Never photos, notes, answers
     * or comments.
     */
    @PreAuthorize("hasRole('CLINIC_OWNER')")
    @Transactional(readOnly = true)
    public List<SponsoredTrainee> sponsoredTrainees(long clinicId) {
        requireOwned(clinicId);
        List<Sponsorship> list = sponsorships.activeOf(clinicId);
        Map<Long, String> names = accounts.displayNames(list.stream().map(Sponsorship::traineeId).toList());
        return list.stream().map(s -> new SponsoredTrainee(s.traineeId(), names.getOrDefault(s.traineeId(),
                "Trainee"), s.acceptedAt(), progress(s.traineeId()))).toList();
    }

    private List<ProgramProgress> progress(long traineeId) {
        List<ProgramProgress> out = new ArrayList<>();
        for (CertificationService.Eligibility e : certification.eligibilityOf(traineeId)) {
            String courseId = e.program().courseId();
            Optional<Course> course = courses.findCourse(courseId);
            Set<String> done = courses.completedModules(traineeId, courseId);
            Map<String, Double> best = quizzes.bestScores(traineeId, courseId);
            List<QuizScore> scores = new ArrayList<>();
            course.ifPresent(c -> c.modules().stream().filter(m -> m.quiz() != null).forEach(m ->
                    scores.add(new QuizScore(m.title(), best.get(m.id())))));
            long complete = e.program().requiredModules().stream().filter(done::contains).count();
            out.add(new ProgramProgress(e.program().name(), complete, e.program().requiredModules().size(),
                    List.copyOf(scores), e.requirements(), e.eligible()));
        }
        return out;
    }

    /** The clinics sponsoring the calling trainee. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<Sponsor> mySponsors() {
        List<Sponsorship> list = sponsorships.activeFor(currentUser.require().id());
        Map<Long, Clinic> byId = new HashMap<>();
        clinics.findAllById(list.stream().map(Sponsorship::clinicId).toList()).forEach(c -> byId.put(c.id(), c));
        return list.stream().map(s -> {
            Clinic c = byId.get(s.clinicId());
            return new Sponsor(c.id(), c.name(), c.city(), s.acceptedAt());
        }).toList();
    }

    /** The calling trainee leaves a clinic's sponsorship; the clinic sees nothing of their progress any more. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public void leaveClinic(long clinicId) {
        Sponsorship s = sponsorships.findByClinicIdAndTraineeId(clinicId, currentUser.require().id())
                .filter(Sponsorship::active)
                .orElseThrow(() -> new RuleViolationException("You are not training for this clinic."));
        s.leave(clock.instant());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Invitation invite(long clinicId, @Nullable String email, ClinicInvitation.Kind kind) {
        AccountPrincipal me = currentUser.require();
        requireOwned(clinicId);
        String clean = trim(email).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(clean).matches() || clean.length() > 254) {
            throw InvalidInputException.of("email", "Enter the email address to send the invitation to.");
        }
        if (kind == ClinicInvitation.Kind.OWNER && clean.equals(me.email())) {
            throw InvalidInputException.of("email", "You already own this clinic.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ClinicInvitation i = invitations.save(new ClinicInvitation(clinicId, kind, clean, hash(token), me.id(), now,
                now.plus(INVITATION_VALIDITY)));
        return new Invitation(i.id(), clean, kind.name(), now, i.expiresAt(), publicUrl + "/clinic/invitation/"
                + token);
    }

    private Optional<ClinicInvitation> findInvitation(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token.trim()));
    }

    private InvitationState state(ClinicInvitation i) {
        if (i.acceptedAt() != null) {
            return InvitationState.USED;
        }
        if (i.cancelledAt() != null) {
            return InvitationState.CANCELLED;
        }
        return i.open(clock.instant()) ? InvitationState.OPEN : InvitationState.EXPIRED;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller's clinic, or access denied: a clinic that is not theirs and one that does not exist look alike. */
    private Clinic requireOwned(long clinicId) {
        AccountPrincipal me = currentUser.require();
        if (me.role() != Role.CLINIC_OWNER || !owners.existsByClinicIdAndUserId(clinicId, me.id())) {
            throw new AccessDeniedException("You can only open the clinics you own.");
        }
        return clinics.findById(clinicId).orElseThrow(() -> new AccessDeniedException(
                "You can only open the clinics you own."));
    }

    private RosterEntry entry(long clinicId, long entryId) {
        return roster.findByIdAndClinicId(entryId, clinicId).orElseThrow(() -> new AccessDeniedException(
                "This artist is not on your clinic's roster."));
    }

    private RosterRow row(RosterEntry e, CertificateView c, LocalDate today) {
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(today, c.expiresOn()));
        RosterStatus status = switch (c.status()) {
            case REVOKED -> RosterStatus.REVOKED;
            case EXPIRED -> RosterStatus.EXPIRED;
            case VALID -> days <= 60 ? RosterStatus.EXPIRING : RosterStatus.VALID;
        };
        return new RosterRow(e.id(), c.code(), c.holderName(), c.programName(), status,
                c.status() == CertificateStatus.VALID ? days : 0, c.expiresOn(), c.revokedOn(), c.revocationReason(),
                c.verifyUrl(), e.note(), e.addedOn(), e.previousCode(), e.renewedAt() == null ? null
                : LocalDate.ofInstant(e.renewedAt(), ZoneOffset.UTC));
    }

    /** A scanned QR holds the verify URL; the code is its last path segment. */
    static String codeFromScan(@Nullable String typed) {
        String t = typed == null ? "" : typed.trim();
        int verify = t.lastIndexOf("/verify/");
        if (verify >= 0) {
            t = t.substring(verify + "/verify/".length());
            int end = t.indexOf('?');
            t = end >= 0 ? t.substring(0, end) : t;
        }
        return t;
    }

    private static @Nullable String cleanNote(@Nullable String note) {
        String clean = note == null || note.isBlank() ? null : note.trim();
        if (clean != null && clean.length() > 500) {
            throw InvalidInputException.of("note", "Use at most 500 characters for the note.");
        }
        return clean;
    }

    private Optional<UserAccount> accountByEmail(String email) {
        return accounts.search(email, null, 0, 5).stream().filter(a -> a.getEmail().equalsIgnoreCase(email))
                .findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.trim();
    }

    private static ClinicSummary summary(Clinic c) {
        return new ClinicSummary(c.id(), c.name(), c.city(), c.contactEmail());
    }
}
