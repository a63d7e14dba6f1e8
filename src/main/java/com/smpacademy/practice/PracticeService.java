package com.smpacademy.practice;

import org.springframework.context.ApplicationEventPublisher;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.course.CourseService;
import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeEnums.Status;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice logbook. Trainees log sessions with photos and submit them; instructors of their cohorts approve,
 * request changes or reject, scoring a rubric. Every rule and every permission is checked here: an approved entry
 * is locked, a trainee cannot open another's entry or photo, an instructor cannot review their own entries or
 * trainees outside their cohorts, and each decision is audited.
 */
@Service
public class PracticeService {

    static final int MAX_PHOTOS = 6;
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 12 * 60;
    static final int MAX_MINUTES_PER_DAY = 16 * 60;

    public record EntrySummary(long id, LocalDate date, int minutes, Setting setting, Skill skill, Status status,
                               int photos) {
    }

    public record ReviewView(Decision decision, String reviewer, Instant decidedAt, @Nullable String comment,
                             @Nullable Rubric rubric) {
    }

    public record RevisionView(Instant revisedAt, String summary) {
    }

    public record EntryDetail(long id, long traineeId, String traineeName, EntryForm form, Status status,
                              @Nullable Instant submittedAt, @Nullable String supervisorName, List<Long> photoIds,
                              List<ReviewView> reviews, List<RevisionView> revisions, boolean editable) {
    }

    public record QueueItem(long entryId, long traineeId, String traineeName, LocalDate date, int minutes,
                            Setting setting, Skill skill, Instant submittedAt, long photos) {
    }

    public record QueueFilter(@Nullable Long traineeId, @Nullable Setting setting, @Nullable Skill skill) {
        public static QueueFilter none() {
            return new QueueFilter(null, null, null);
        }
    }

    public record SettingProgress(Setting setting, int approvedMinutes, int requiredMinutes) {
        public double share() {
            return requiredMinutes == 0 ? 1 : Math.min(1, (double) approvedMinutes / requiredMinutes);
        }
    }

    public record WeekHours(LocalDate weekStart, double hours) {
    }

    public record Dashboard(List<SettingProgress> settings, int pendingMinutes, List<ReviewView> recentFeedback,
                            List<WeekHours> weeks) {
    }

    private final PracticeEntryRepository entries;
    private final PracticePhotoRepository photos;
    private final PracticeReviewRepository reviews;
    private final PracticeRevisionRepository revisions;
    private final PracticeQueueSearch queue;
    private final CohortService cohorts;
    private final AccountService accounts;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PhotoAnalysisRepository analyses;

    PracticeService(PracticeEntryRepository entries, PracticePhotoRepository photos, PracticeReviewRepository reviews,
                    PracticeRevisionRepository revisions, PracticeQueueSearch queue, CohortService cohorts,
                    AccountService accounts, CourseService courses, CurrentUser currentUser, AuditService audit,
                    Clock clock, ApplicationEventPublisher events, PhotoAnalysisRepository analyses) {
        this.events = events;
        this.analyses = analyses;
        this.entries = entries;
        this.photos = photos;
        this.reviews = reviews;
        this.revisions = revisions;
        this.queue = queue;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.courses = courses;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the trainee's side -----------------------------------------------------------------------------

    /**
     * Creates (entryId null) or updates one of the caller's entries while it is a draft or has changes requested.
     * Errors per field, named as in {@link EntryForm}.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public long save(@Nullable Long entryId, EntryForm form) {
        AccountPrincipal me = currentUser.require();
        PracticeEntry entry;
        if (entryId == null) {
            entry = new PracticeEntry(me.id(), now());
        } else {
            entry = own(entryId, me);
            requireEditable(entry);
        }
        validate(form, me.id(), entryId == null ? -1 : entryId, false);
        if (entryId != null && entry.status() == Status.CHANGES_REQUESTED) {
            revisions.save(new PracticeRevision(entryId, now(), describe(entry.form())));
        }
        entry.update(form, now());
        return entries.save(entry).id();
    }

    /** Sends a draft (or an entry with changes requested) for review; its data must be complete. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public void submit(long entryId) {
        AccountPrincipal me = currentUser.require();
        PracticeEntry entry = own(entryId, me);
        requireEditable(entry);
        validate(entry.form(), me.id(), entryId, true);
        entry.moveTo(Status.SUBMITTED, now());
    }

    /** Deletes one of the caller's drafts. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public void deleteDraft(long entryId) {
        PracticeEntry entry = own(entryId, currentUser.require());
        if (entry.status() != Status.DRAFT) {
            throw new RuleViolationException("Only drafts can be deleted; submitted entries stay in your logbook.");
        }
        entries.delete(entry);
    }

    /**
     * Adds a photo to one of the caller's editable entries: JPEG or PNG by its bytes, at most 10 MB, stored
     * re-encoded without metadata. A refused file leaves the entry as it was.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public long addPhoto(long entryId, String fileName, byte[] bytes) {
        PracticeEntry entry = own(entryId, currentUser.require());
        requireEditable(entry);
        if (photos.countByEntryId(entryId) >= MAX_PHOTOS) {
            throw InvalidInputException.of("photo", "An entry holds at most " + MAX_PHOTOS
                    + " photos. Remove one first.");
        }
        PhotoProcessor.Processed processed = PhotoProcessor.process(fileName, bytes);
        long photoId = photos.save(new PracticePhoto(entryId, processed, now())).id();
        // dots: measured in the background once this commits
        analyses.save(new PhotoAnalysis(photoId, now()));
        events.publishEvent(new PracticePhotoAdded(photoId));
        return photoId;
    }

    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public void removePhoto(long photoId) {
        PracticePhoto photo = photos.findById(photoId)
                .orElseThrow(() -> new RuleViolationException("This photo no longer exists."));
        PracticeEntry entry = own(photo.entryId(), currentUser.require());
        requireEditable(entry);
        photos.delete(photo);
    }

    /** The caller's logbook, newest first. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<EntrySummary> myEntries() {
        List<PracticeEntry> mine = entries.byTrainee(currentUser.require().id());
        Map<Long, Integer> photoCounts = new java.util.HashMap<>();
        if (!mine.isEmpty()) {
            photos.idsOfEntries(mine.stream().map(PracticeEntry::id).toList())
                    .forEach(row -> photoCounts.merge((Long) row[0], 1, Integer::sum));
        }
        return mine.stream().map(e -> new EntrySummary(e.id(), e.date(), e.minutes(), e.setting(), e.skill(),
                e.status(), photoCounts.getOrDefault(e.id(), 0))).toList();
    }

    /** Approved hours against the certification requirement, pending hours, feedback and approved hours per week. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public Dashboard myDashboard() {
        long me = currentUser.require().id();
        List<PracticeEntry> mine = entries.byTrainee(me);
        Map<Setting, Integer> approved = new EnumMap<>(Setting.class);
        int pending = 0;
        Map<LocalDate, Double> weekly = new TreeMap<>();
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 11; i >= 0; i--) {
            weekly.put(thisWeek.minusWeeks(i), 0.0);
        }
        for (PracticeEntry e : mine) {
            if (e.status() == Status.APPROVED) {
                approved.merge(e.setting(), e.minutes(), Integer::sum);
                LocalDate week = e.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weekly.computeIfPresent(week, (k, v) -> v + e.minutes() / 60.0);
            } else if (e.status() == Status.SUBMITTED) {
                pending += e.minutes();
            }
        }
        Map<String, Integer> required = requiredMinutes();
        List<SettingProgress> settings = new ArrayList<>();
        for (Setting s : Setting.values()) {
            settings.add(new SettingProgress(s, approved.getOrDefault(s, 0), required.getOrDefault(s.key(), 0)));
        }
        List<PracticeReview> recent = reviews.ofTrainee(me).stream().limit(5).toList();
        List<ReviewView> feedback = reviewViews(recent);
        List<WeekHours> weeks = weekly.entrySet().stream().map(e -> new WeekHours(e.getKey(), e.getValue()))
                .toList();
        return new Dashboard(List.copyOf(settings), pending, feedback, weeks);
    }

    /** The caller's logbook as CSV, approved and pending alike. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public String myLogbookCsv() {
        long me = currentUser.require().id();
        List<PracticeEntry> mine = entries.byTrainee(me);
        Set<Long> people = new HashSet<>();
        mine.forEach(e -> {
            if (e.supervisorId() != null) {
                people.add(e.supervisorId());
            }
        });
        Map<Long, String> names = accounts.displayNames(people);
        StringBuilder sb = new StringBuilder("date,minutes,setting,skill,needle_grouping,needle_diameter_mm,pigment,"
                + "dilution,area,supervisor,status,notes\n");
        for (PracticeEntry e : mine) {
            sb.append(e.date()).append(',').append(e.minutes()).append(',').append(csv(e.setting().label()))
                    .append(',').append(csv(e.skill().label())).append(',').append(csv(e.needleGrouping()))
                    .append(',').append(e.needleDiameterMm() == null ? "" : e.needleDiameterMm()).append(',')
                    .append(csv(e.pigment())).append(',').append(csv(e.dilution())).append(',')
                    .append(csv(e.area())).append(',')
                    .append(csv(e.supervisorId() == null ? null : names.get(e.supervisorId()))).append(',')
                    .append(csv(e.status().label())).append(',').append(csv(e.notes())).append('\n');
        }
        return sb.toString();
    }

    /** The instructors who may supervise the caller's live-model sessions: those of their cohorts. */
    @PreAuthorize("hasRole('TRAINEE')")
    public List<UserAccount> mySupervisors() {
        return cohorts.myInstructors();
    }

    // --- either side ------------------------------------------------------------------------------------

    /** One entry with its photos, decisions and edit history, for its trainee, their instructors and admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EntryDetail entry(long entryId) {
        AccountPrincipal caller = currentUser.require();
        PracticeEntry e = entries.findById(entryId)
                .orElseThrow(() -> new RuleViolationException("This entry does not exist."));
        requireVisible(e, caller);
        return details(List.of(e), caller).get(0);
    }

    /**
     * The details of entries the caller may see, in the given order, with a fixed number of statements however
     * many entries: reviews, photos, revisions and names are each read for all of them at once.
     */
    private List<EntryDetail> details(List<PracticeEntry> list, AccountPrincipal caller) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(PracticeEntry::id).toList();
        Map<Long, List<PracticeReview>> decided = new HashMap<>();
        reviews.ofEntries(ids).forEach(r -> decided.computeIfAbsent(r.entryId(), k -> new ArrayList<>()).add(r));
        Map<Long, List<Long>> photoIds = new HashMap<>();
        photos.idsOfEntries(ids).forEach(row -> photoIds.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                .add((Long) row[1]));
        Map<Long, List<RevisionView>> revised = new HashMap<>();
        revisions.ofEntries(ids).forEach(r -> revised.computeIfAbsent(r.entryId(), k -> new ArrayList<>())
                .add(new RevisionView(r.revisedAt(), r.summary())));
        Set<Long> people = new HashSet<>();
        for (PracticeEntry e : list) {
            people.add(e.traineeId());
            if (e.supervisorId() != null) {
                people.add(e.supervisorId());
            }
        }
        decided.values().forEach(rs -> rs.forEach(r -> people.add(r.reviewerId())));
        Map<Long, String> names = accounts.displayNames(people);
        return list.stream().map(e -> new EntryDetail(e.id(), e.traineeId(), names.getOrDefault(e.traineeId(),
                        "Trainee"), e.form(), e.status(), e.submittedAt(),
                e.supervisorId() == null ? null : names.get(e.supervisorId()),
                List.copyOf(photoIds.getOrDefault(e.id(), List.of())),
                reviewViews(decided.getOrDefault(e.id(), List.of()), names),
                List.copyOf(revised.getOrDefault(e.id(), List.of())),
                caller.id() == e.traineeId() && (e.status() == Status.DRAFT
                        || e.status() == Status.CHANGES_REQUESTED))).toList();
    }

    /** A photo's bytes (or its thumbnail) with its content type, for whoever may see its entry. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PhotoBytes photo(long photoId, boolean thumbnail) {
        PracticePhoto photo = photos.findById(photoId)
                .orElseThrow(() -> new RuleViolationException("This photo no longer exists."));
        PracticeEntry entry = entries.findById(photo.entryId()).orElseThrow();
        requireVisible(entry, currentUser.require());
        return new PhotoBytes(photo.contentType(), thumbnail ? photo.thumbnail() : photo.image());
    }

    public record PhotoBytes(String contentType, byte[] bytes) {
    }

    /** The entry of a photo, if the caller may see it. */
    PracticeEntry visibleEntryOfPhoto(long photoId) {
        PracticePhoto photo = photos.findById(photoId)
                .orElseThrow(() -> new RuleViolationException("This photo no longer exists."));
        PracticeEntry entry = entries.findById(photo.entryId()).orElseThrow();
        requireVisible(entry, currentUser.require());
        return entry;
    }

    // --- the instructor's side ----------------------------------------------------------------------------

    /** A page of the review queue, oldest first. Instructors see their cohorts' trainees; admins see everyone. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter, int offset, int limit) {
        Long scope = scope(currentUser.require());
        return queue.page(scope, filter.traineeId(), filter.setting(), filter.skill(), offset,
                        Math.min(Math.max(limit, 1), 200)).stream()
                .map(r -> new QueueItem(r.entryId(), r.traineeId(), r.traineeName(), r.date(), r.minutes(),
                        r.setting(), r.skill(), r.submittedAt(), r.photos())).toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional(readOnly = true)
    public long queueCount(QueueFilter filter) {
        return queue.count(scope(currentUser.require()), filter.traineeId(), filter.setting(), filter.skill());
    }

    /** How many entries wait in one instructor's queue, and since when. */
    public record Waiting(long instructorId, long entries, Instant oldestSubmittedAt) {
    }

    /**
     * Every instructor whose queue holds submitted entries, with the count and the oldest submission: for the
     * daily digest, which runs without a signed-in user. One query, counts only (no trainee data).
     */
    @Transactional(readOnly = true)
    public List<Waiting> waitingByInstructor() {
        return queue.waitingByInstructor().stream()
                .map(r -> new Waiting(r.instructorId(), r.entries(), r.oldest())).toList();
    }

    /** The trainee's earlier approved entries, to compare against, newest first. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<EntryDetail> earlierApproved(long entryId, int max) {
        PracticeEntry e = entries.findById(entryId)
                .orElseThrow(() -> new RuleViolationException("This entry does not exist."));
        requireVisible(e, currentUser.require());
        return details(entries.approvedOf(e.traineeId(), entryId, PageRequest.of(0, Math.max(1, max))),
                currentUser.require());
    }

    /**
     * Decides on a submitted entry. Approving needs all five rubric scores (1–5); requesting changes and rejecting
     * need a comment that says why. Audited.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional
    public void decide(long entryId, @Nullable Decision decision, @Nullable Rubric rubric, @Nullable String comment) {
        AccountPrincipal me = currentUser.require();
        PracticeEntry e = entries.findById(entryId)
                .orElseThrow(() -> new RuleViolationException("This entry does not exist."));
        if (e.traineeId() == me.id()) {
            throw new AccessDeniedException("You cannot review your own practice entries.");
        }
        requireReviewer(e, me);
        if (e.status() != Status.SUBMITTED) {
            throw new RuleViolationException("Only entries waiting for review can be decided; this one is "
                    + e.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        String cleanComment = comment == null ? null : comment.trim();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (decision == null) {
            errors.add("decision", "Choose approve, request changes or reject.");
        } else if (decision == Decision.APPROVE && (rubric == null || !rubric.valid())) {
            errors.add("rubric", "Score all five rubric criteria from 1 to 5 before approving.");
        } else if (decision != Decision.APPROVE && (cleanComment == null || cleanComment.length() < 5)) {
            errors.add("comment", "Tell the trainee what to change or why the entry is rejected.");
        }
        if (cleanComment != null && cleanComment.length() > 4000) {
            errors.add("comment", "Use at most 4000 characters.");
        }
        errors.throwIfAny();
        e.moveTo(switch (decision) {
            case APPROVE -> Status.APPROVED;
            case REQUEST_CHANGES -> Status.CHANGES_REQUESTED;
            case REJECT -> Status.REJECTED;
        }, now());
        reviews.save(new PracticeReview(entryId, me.id(), decision, decision == Decision.APPROVE ? rubric : null,
                cleanComment == null || cleanComment.isEmpty() ? null : cleanComment, now()));
        audit.record(AuditEntry.of(switch (decision) {
                    case APPROVE -> AuditAction.PRACTICE_APPROVED;
                    case REQUEST_CHANGES -> AuditAction.PRACTICE_CHANGES_REQUESTED;
                    case REJECT -> AuditAction.PRACTICE_REJECTED;
                }, me.id(), me.email()).target("practice-entry", entryId, null)
                .details(e.minutes() + " min " + e.setting().label() + (rubric != null && decision == Decision.APPROVE
                        ? String.format(Locale.ROOT, ", rubric %.1f", rubric.average()) : "")));
        events.publishEvent(new PracticeEntryReviewed(entryId, e.traineeId(), me.id(), me.displayName(), decision,
                e.date(), e.minutes(), e.setting(), e.skill(),
                decision == Decision.APPROVE && rubric != null ? rubric.average() : null,
                cleanComment == null || cleanComment.isEmpty() ? null : cleanComment, now()));
    }

    /** Approved minutes per setting and the average rubric over approved live-model entries, for certification. */
    @Transactional(readOnly = true)
    public PracticeTotals totalsFor(long traineeId) {
        Map<Setting, Integer> minutes = new EnumMap<>(Setting.class);
        List<Long> live = new ArrayList<>();
        for (PracticeEntry e : entries.byTrainee(traineeId)) {
            if (e.status() == Status.APPROVED) {
                minutes.merge(e.setting(), e.minutes(), Integer::sum);
                if (e.setting() == Setting.LIVE_MODEL) {
                    live.add(e.id());
                }
            }
        }
        // one query for all of the trainee's reviews, not one per entry
        Set<Long> liveIds = new HashSet<>(live);
        double sum = 0;
        int n = 0;
        for (PracticeReview r : reviews.ofTrainee(traineeId)) {
            if (liveIds.contains(r.entryId()) && r.decision() == Decision.APPROVE && r.rubric() != null) {
                sum += r.rubric().average();
                n++;
            }
        }
        return new PracticeTotals(Map.copyOf(minutes), n == 0 ? null : sum / n);
    }

    /** Approved practice minutes with a session date on or after {@code since}, for certificate renewal. */
    @Transactional(readOnly = true)
    public int approvedMinutesSince(long traineeId, LocalDate since) {
        return entries.byTrainee(traineeId).stream()
                .filter(e -> e.status() == Status.APPROVED && !e.date().isBefore(since))
                .mapToInt(PracticeEntry::minutes).sum();
    }

    public record PracticeTotals(Map<Setting, Integer> approvedMinutes, @Nullable Double liveModelRubricAverage) {
    }

    // --- rules ---------------------------------------------------------------------------------------------

    private void validate(EntryForm f, long traineeId, long entryId, boolean forSubmission) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (f.date() == null) {
            errors.add("date", "Enter the date of the session.");
        } else if (f.date().isAfter(today)) {
            errors.add("date", "The date is in the future. Log sessions after they happen.");
        } else if (f.date().isBefore(today.minusYears(1))) {
            errors.add("date", "Sessions more than a year old cannot be logged.");
        }
        if (f.minutes() < MIN_MINUTES || f.minutes() > MAX_MINUTES) {
            errors.add("minutes", "A session lasts from 15 minutes to 12 hours.");
        } else if (f.date() != null && !errors.has("date")) {
            long already = entries.minutesOn(traineeId, f.date(), entryId);
            if (already + f.minutes() > MAX_MINUTES_PER_DAY) {
                errors.add("minutes", "That makes " + hours(already + f.minutes()) + " on " + f.date()
                        + "; at most 16 hours can be logged for one day (" + hours(already) + " already are).");
            }
        }
        if (f.setting() == null) {
            errors.add("setting", "Choose where you practised.");
        }
        if (f.skill() == null) {
            errors.add("skill", "Choose the skill you practised.");
        }
        if (f.setting() == Setting.LIVE_MODEL) {
            if (f.supervisorId() == null) {
                errors.add("supervisorId", "A live-model session needs the instructor who supervised it.");
            } else if (!cohorts.instructorTeaches(f.supervisorId(), traineeId)) {
                errors.add("supervisorId", "Choose one of your cohort's instructors as the supervisor.");
            }
        }
        if (f.needleDiameterMm() != null && (f.needleDiameterMm() < 0.1 || f.needleDiameterMm() > 1.0)) {
            errors.add("needleDiameterMm", "Needle diameters are between 0.10 and 1.00 mm (e.g. 0.25).");
        }
        checkLength(errors, "needleGrouping", f.needleGrouping(), 20);
        checkLength(errors, "pigment", f.pigment(), 200);
        checkLength(errors, "dilution", f.dilution(), 50);
        checkLength(errors, "area", f.area(), 100);
        checkLength(errors, "notes", f.notes(), 4000);
        errors.throwIfAny();
    }

    private static void checkLength(InvalidInputException.Collector errors, String field, @Nullable String value,
                                    int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "Use at most " + max + " characters.");
        }
    }

    private static void requireEditable(PracticeEntry entry) {
        if (entry.status() != Status.DRAFT && entry.status() != Status.CHANGES_REQUESTED) {
            throw new RuleViolationException(switch (entry.status()) {
                case APPROVED -> "This entry is approved and locked.";
                case SUBMITTED -> "This entry is waiting for review and cannot be changed now.";
                case REJECTED -> "This entry was rejected and cannot be changed; log a new session instead.";
                default -> "This entry cannot be changed.";
            });
        }
    }

    private PracticeEntry own(long entryId, AccountPrincipal me) {
        PracticeEntry entry = entries.findById(entryId)
                .orElseThrow(() -> new RuleViolationException("This entry does not exist."));
        if (entry.traineeId() != me.id()) {
            throw new AccessDeniedException("This is not your entry.");
        }
        return entry;
    }

    private void requireVisible(PracticeEntry e, AccountPrincipal caller) {
        boolean allowed = caller.id() == e.traineeId() || caller.role() == Role.ADMIN
                || (caller.role() == Role.INSTRUCTOR && cohorts.instructorTeaches(caller.id(), e.traineeId()));
        if (!allowed) {
            throw new AccessDeniedException("You may not open this practice entry.");
        }
    }

    private void requireReviewer(PracticeEntry e, AccountPrincipal caller) {
        if (caller.role() == Role.ADMIN) {
            return;
        }
        if (caller.role() != Role.INSTRUCTOR || !cohorts.instructorTeaches(caller.id(), e.traineeId())) {
            throw new AccessDeniedException("You review only the trainees of your own cohorts.");
        }
    }

    private static @Nullable Long scope(AccountPrincipal caller) {
        return caller.role() == Role.ADMIN ? null : caller.id();
    }

    private List<ReviewView> reviewViews(List<PracticeReview> decided) {
        Set<Long> ids = new HashSet<>();
        decided.forEach(r -> ids.add(r.reviewerId()));
        return reviewViews(decided, ids.isEmpty() ? Map.of() : accounts.displayNames(ids));
    }

    private static List<ReviewView> reviewViews(List<PracticeReview> decided, Map<Long, String> names) {
        return decided.stream().map(r -> new ReviewView(r.decision(), names.getOrDefault(r.reviewerId(),
                "Instructor"), r.decidedAt(), r.comment(), r.rubric())).toList();
    }

    private Map<String, Integer> requiredMinutes() {
        Map<String, Integer> required = new java.util.HashMap<>();
        for (var course : courses.catalogCourses()) {
            if (course.certification().get("practiceHours") instanceof Map<?, ?> hours) {
                hours.forEach((k, v) -> {
                    if (v instanceof Number n) {
                        required.merge(String.valueOf(k), (int) Math.round(n.doubleValue() * 60), Math::max);
                    }
                });
            }
        }
        return required;
    }

    static String describe(EntryForm f) {
        return f.date() + ", " + f.minutes() + " min, " + (f.setting() == null ? "" : f.setting().label()) + ", "
                + (f.skill() == null ? "" : f.skill().label())
                + (f.needleGrouping() == null ? "" : ", needle " + f.needleGrouping())
                + (f.needleDiameterMm() == null ? "" : " " + f.needleDiameterMm() + " mm")
                + (f.pigment() == null ? "" : ", pigment " + f.pigment())
                + (f.dilution() == null ? "" : " " + f.dilution())
                + (f.area() == null ? "" : ", area " + f.area())
                + (f.notes() == null || f.notes().isBlank() ? "" : ", notes: " + f.notes());
    }

    private static String hours(long minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    private static String csv(@Nullable String value) {
        return com.smpacademy.common.Csv.cell(value);
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
