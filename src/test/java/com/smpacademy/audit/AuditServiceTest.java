package com.smpacademy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.common.InvalidInputException;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class AuditServiceTest {

    @Autowired AuditService audit;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired AuditEventRepository events;

    @AfterEach
    void tidy() {
        users.logout();
        clock.reset();
    }

    @Test
    void filtersByDayActorAndAction() {
        String actor = "auditor-" + UUID.randomUUID() + "@example.org";
        clock.advance(Duration.ofDays(-10));
        LocalDate tenDaysAgo = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        audit.record(AuditEntry.of(AuditAction.ROLE_CHANGED, 1L, actor).details("old"));
        clock.advance(Duration.ofDays(10));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        audit.record(AuditEntry.of(AuditAction.ROLE_CHANGED, 1L, actor).details("new"));
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_DISABLED, 1L, actor).details("other action"));

        users.loginAs(TestUsers.ADMIN);
        String part = actor.substring(0, 20).toUpperCase();
        assertThat(audit.count(new AuditFilter(null, null, part, null)).value()).isEqualTo(3);
        assertThat(audit.search(new AuditFilter(today, today, part, AuditAction.ROLE_CHANGED), 0, 10))
                .extracting(AuditEvent::getDetails).containsExactly("new");
        assertThat(audit.search(new AuditFilter(tenDaysAgo, tenDaysAgo, part, null), 0, 10))
                .extracting(AuditEvent::getDetails).containsExactly("old");
        // newest first
        assertThat(audit.search(new AuditFilter(null, null, part, null), 0, 10))
                .extracting(AuditEvent::getDetails).containsExactly("other action", "new", "old");
        assertThat(audit.search(new AuditFilter(null, null, part, null), 1, 1))
                .extracting(AuditEvent::getDetails).containsExactly("new");
    }

    @Test
    void likeWildcardsInTheActorFilterAreTakenLiterally() {
        users.loginAs(TestUsers.ADMIN);
        assertThat(audit.count(new AuditFilter(null, null, "%", null)).value()).isZero();
        assertThat(audit.count(new AuditFilter(null, null, "_", null)).value()).isZero();
    }

    @Test
    void anEndDateBeforeTheStartIsRefusedOnTheEndField() {
        users.loginAs(TestUsers.ADMIN);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThatThrownBy(() -> audit.count(new AuditFilter(today, today.minusDays(1), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("to"));
    }

    @Test
    void onlyAdminsReadTheLog() {
        users.loginAs(TestUsers.INSTRUCTOR);
        assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void countingStopsAtTheCapWithTheSameFiltersAsTheSearch() {
        String actor = "counted-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 5; i++) {
            audit.record(AuditEntry.of(AuditAction.ROLE_CHANGED, 1L, actor).details("n" + i));
        }
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_DISABLED, 1L, actor).details("other action"));
        AuditFilter byActor = new AuditFilter(null, null, actor.toUpperCase(), null);
        AuditFilter byActorAndAction = new AuditFilter(null, null, actor, AuditAction.ROLE_CHANGED);

        assertThat(events.countUpTo(byActor, 100)).isEqualTo(6);
        assertThat(events.countUpTo(byActor, 4)).isEqualTo(4);
        assertThat(events.countUpTo(byActorAndAction, 100)).isEqualTo(5);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(events.countUpTo(new AuditFilter(today, today, actor, null), 100)).isEqualTo(6);
        assertThat(events.countUpTo(new AuditFilter(today.minusDays(3), today.minusDays(1), actor, null), 100))
                .isZero();
    }

    @Test
    void aCountAtTheCapReadsAsAtLeastThatMany() {
        assertThat(new AuditService.EventCount(AuditService.COUNT_CAP, true).label()).isEqualTo("10,000+ events");
        assertThat(new AuditService.EventCount(1, false).label()).isEqualTo("1 event");
        assertThat(new AuditService.EventCount(1234, false).label()).isEqualTo("1,234 events");
        assertThat(new AuditService.EventCount(0, false).label()).isEqualTo("0 events");
    }

    @Test
    void theRepositoryOffersNoWayToChangeOrDeleteEvents() {
        assertThat(AuditEventRepository.class.getMethods())
                .extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update"));
        assertThat(AuditEvent.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }
}
