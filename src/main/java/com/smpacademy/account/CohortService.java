package com.smpacademy.account;

import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts: an admin puts trainees and instructors together; an instructor grades only the trainees of their own
 * cohorts, which {@link #instructorTeaches(long, long)} answers for the features that grade.
 */
@Service
public class CohortService {

    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortService(CohortRepository cohorts, UserAccountRepository accounts, AuditService audit,
                  CurrentUser currentUser, Clock clock) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a cohort. Errors per field: {@code name}, {@code description}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CohortSummary create(@Nullable String name, @Nullable String description) {
        String cleanName = AccountRules.normaliseName(name);
        String cleanDescription = description == null ? null : description.trim();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (cleanName.length() < 2) {
            errors.add("name", "Give the cohort a name of at least 2 characters, e.g. \"Spring 2027 London\".");
        } else if (cleanName.length() > 100) {
            errors.add("name", "Use at most 100 characters.");
        } else if (cohorts.existsByNameIgnoreCase(cleanName)) {
            errors.add("name", "A cohort with this name already exists.");
        }
        if (cleanDescription != null && cleanDescription.length() > 500) {
            errors.add("description", "Use at most 500 characters.");
        }
        errors.throwIfAny();
        Cohort cohort = cohorts.save(new Cohort(cleanName,
                cleanDescription == null || cleanDescription.isEmpty() ? null : cleanDescription, clock.instant()));
        AccountPrincipal admin = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.COHORT_CREATED, admin.id(), admin.email())
                .target("cohort", cohort.getId(), cleanName));
        return new CohortSummary(cohort.getId(), cohort.getName(), cohort.getDescription(), 0, 0);
    }

    /** Every cohort with its head counts, by name. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> list() {
        return cohorts.summaries();
    }

    /** The cohorts the caller belongs to (as trainee or instructor). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CohortSummary> myCohorts() {
        return cohorts.summariesFor(currentUser.require().id());
    }

    /** The instructors who share a cohort with the caller. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserAccount> myInstructors() {
        return cohorts.cohortPeers(currentUser.require().id(), Role.INSTRUCTOR);
    }

    /** The trainees who share a cohort with the caller (for an instructor: the trainees they grade). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserAccount> myTrainees() {
        return cohorts.cohortPeers(currentUser.require().id(), Role.TRAINEE);
    }

    /** The members of one cohort, instructors and trainees. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> members(long cohortId) {
        return cohorts.members(cohortId);
    }

    /** Adds a trainee or instructor to a cohort. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addMember(long cohortId, long accountId) {
        Cohort cohort = cohorts.findWithMembers(cohortId)
                .orElseThrow(() -> new RuleViolationException("This cohort no longer exists."));
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
        if (account.getRole() != Role.TRAINEE && account.getRole() != Role.INSTRUCTOR) {
            throw new RuleViolationException("Only trainees and instructors belong to cohorts; "
                    + account.getDisplayName() + " is " + account.getRole().label().toLowerCase() + ".");
        }
        if (cohort.members().add(account)) {
            AccountPrincipal admin = currentUser.require();
            audit.record(AuditEntry.of(AuditAction.COHORT_MEMBER_ADDED, admin.id(), admin.email())
                    .target("account", account.getId(), account.getEmail())
                    .details(cohort.getName() + " (" + account.getRole().label() + ")"));
        }
    }

    /** Removes a member from a cohort. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeMember(long cohortId, long accountId) {
        Cohort cohort = cohorts.findWithMembers(cohortId)
                .orElseThrow(() -> new RuleViolationException("This cohort no longer exists."));
        boolean removed = cohort.members().removeIf(m -> m.getId() == accountId);
        if (removed) {
            AccountPrincipal admin = currentUser.require();
            audit.record(AuditEntry.of(AuditAction.COHORT_MEMBER_REMOVED, admin.id(), admin.email())
                    .target("account", accountId, null).details(cohort.getName()));
        }
    }

    // lti: cohorts kept in step with an LMS course
    /**
     * Creates a cohort for a connected system (an LMS course), taking the first free name of {@code name},
     * "name (2)", … Audited as the system. Returns the cohort's id.
     */
    @Transactional
    public long createLinkedCohort(String name, String description) {
        String base = AccountRules.normaliseName(name);
        base = base.length() < 2 ? "LMS course" : base.length() > 90 ? base.substring(0, 90) : base;
        String candidate = base;
        for (int n = 2; cohorts.existsByNameIgnoreCase(candidate); n++) {
            candidate = base + " (" + n + ")";
        }
        String cleanDescription = description.length() > 500 ? description.substring(0, 500) : description;
        Cohort cohort = cohorts.save(new Cohort(candidate, cleanDescription, clock.instant()));
        audit.record(AuditEntry.of(AuditAction.COHORT_CREATED, null, null)
                .target("cohort", cohort.getId(), candidate).details(cleanDescription));
        return cohort.getId();
    }

    /**
     * Adds a trainee or instructor to a cohort on behalf of a connected system; other roles are left out (false).
     * True when the account was added.
     */
    @Transactional
    public boolean addMemberForIntegration(long cohortId, long accountId, String source) {
        Cohort cohort = cohorts.findWithMembers(cohortId)
                .orElseThrow(() -> new RuleViolationException("This cohort no longer exists."));
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
        if ((account.getRole() != Role.TRAINEE && account.getRole() != Role.INSTRUCTOR)
                || !cohort.members().add(account)) {
            return false;
        }
        audit.record(AuditEntry.of(AuditAction.COHORT_MEMBER_ADDED, null, null)
                .target("account", account.getId(), account.getEmail())
                .details(cohort.getName() + " (" + account.getRole().label() + "), via " + source));
        return true;
    }

    /** Removes a member on behalf of a connected system. True when the account was a member. */
    @Transactional
    public boolean removeMemberForIntegration(long cohortId, long accountId, String source) {
        Cohort cohort = cohorts.findWithMembers(cohortId)
                .orElseThrow(() -> new RuleViolationException("This cohort no longer exists."));
        if (!cohort.members().removeIf(m -> m.getId() == accountId)) {
            return false;
        }
        audit.record(AuditEntry.of(AuditAction.COHORT_MEMBER_REMOVED, null, null)
                .target("account", accountId, null).details(cohort.getName() + ", via " + source));
        return true;
    }

    /** The ids of a cohort's members; for integrations. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> memberIds(long cohortId) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        cohorts.members(cohortId).forEach(m -> ids.add(m.getId()));
        return ids;
    }
    // end lti

    /** Whether the instructor shares a cohort with the trainee, i.e. may grade their work. */
    @Transactional(readOnly = true)
    public boolean instructorTeaches(long instructorId, long traineeId) {
        return cohorts.sharesCohort(instructorId, traineeId);
    }
}
