package com.smpacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class CohortServiceTest {

    @Autowired CohortService cohorts;
    @Autowired TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    private CohortSummary newCohort() {
        return cohorts.create("Cohort " + UUID.randomUUID().toString().substring(0, 8), "Evening classes");
    }

    @Test
    void anInstructorTeachesOnlyTheTraineesOfTheirCohorts() {
        AccountPrincipal instructor = users.create(Role.INSTRUCTOR);
        AccountPrincipal mine = users.create(Role.TRAINEE);
        AccountPrincipal other = users.create(Role.TRAINEE);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = newCohort();
        cohorts.addMember(cohort.id(), instructor.id());
        cohorts.addMember(cohort.id(), mine.id());

        assertThat(cohorts.instructorTeaches(instructor.id(), mine.id())).isTrue();
        assertThat(cohorts.instructorTeaches(instructor.id(), other.id())).isFalse();
        // two trainees in one cohort do not "teach" each other
        cohorts.addMember(cohort.id(), other.id());
        assertThat(cohorts.instructorTeaches(mine.id(), other.id())).isFalse();

        users.loginAs(instructor);
        assertThat(cohorts.myTrainees()).extracting(UserAccount::getId).containsExactlyInAnyOrder(mine.id(),
                other.id());
        assertThat(cohorts.myCohorts()).extracting(CohortSummary::trainees).containsExactly(2L);
        cohorts.myCohorts();
    }

    @Test
    void removingAMemberEndsTheirGradingRelationship() {
        AccountPrincipal instructor = users.create(Role.INSTRUCTOR);
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = newCohort();
        cohorts.addMember(cohort.id(), instructor.id());
        cohorts.addMember(cohort.id(), trainee.id());
        cohorts.removeMember(cohort.id(), trainee.id());

        assertThat(cohorts.instructorTeaches(instructor.id(), trainee.id())).isFalse();
        assertThat(cohorts.members(cohort.id())).extracting(UserAccount::getId).containsExactly(instructor.id());
    }

    @Test
    void clinicOwnersAndAdminsDoNotJoinCohorts() {
        AccountPrincipal clinic = users.create(Role.CLINIC_OWNER);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = newCohort();
        assertThatThrownBy(() -> cohorts.addMember(cohort.id(), clinic.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Only trainees and instructors");
    }

    @Test
    void cohortNamesAreRequiredAndUnique() {
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = newCohort();
        assertThatThrownBy(() -> cohorts.create(cohort.name().toUpperCase(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name",
                                "A cohort with this name already exists."));
        assertThatThrownBy(() -> cohorts.create(" ", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAdminsManageCohorts() {
        users.loginAs(TestUsers.INSTRUCTOR);
        assertThatThrownBy(() -> cohorts.create("Sneaky cohort", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.list()).isInstanceOf(AccessDeniedException.class);
    }
}
