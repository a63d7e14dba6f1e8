package com.smpacademy.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.smpacademy.support.Ui.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CohortsViewTest extends KaribuTest {

    @Autowired CohortService cohorts;
    @Autowired AccountService accounts;
    CohortsView view;

    @BeforeEach
    void openAsAdmin() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(CohortsView.class);
        view = _get(CohortsView.class);
    }

    @Test
    void theAdminCreatesACohortAndPutsAnInstructorAndATraineeInIt() {
        AccountPrincipal instructor = users.create(Role.INSTRUCTOR);
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        String name = "Cohort " + UUID.randomUUID().toString().substring(0, 6);
        type(view.name, name);
        _click(view.create);

        CohortSummary created = view.cohorts.asSingleSelect().getValue();
        assertThat(created.name()).isEqualTo(name);
        for (AccountPrincipal member : new AccountPrincipal[] {instructor, trainee}) {
            UserAccount account = accounts.search(member.email(), Set.of(), 0, 1).get(0);
            type(view.candidate, account);
            _click(view.addMember);
        }

        assertThat(GridKt._findAll(view.members)).extracting(UserAccount::getId)
                .containsExactlyInAnyOrder(instructor.id(), trainee.id());
        assertThat(cohorts.instructorTeaches(instructor.id(), trainee.id())).isTrue();

        int row = GridKt._findAll(view.members).stream().map(UserAccount::getId).toList().indexOf(trainee.id());
        _click((Button) GridKt._getCellComponent(view.members, row, "remove"));
        assertThat(GridKt._findAll(view.members)).extracting(UserAccount::getId).containsExactly(instructor.id());
    }

    @Test
    void aCohortWithoutANameIsRefusedOnTheNameField() {
        type(view.name, "");
        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).startsWith("Give the cohort a name");
    }

    @Test
    void addingAClinicOwnerIsRefusedNextToThePicker() {
        AccountPrincipal clinic = users.create(Role.CLINIC_OWNER);
        type(view.name, "Cohort " + UUID.randomUUID().toString().substring(0, 6));
        _click(view.create);
        UserAccount owner = accounts.search(clinic.email(), Set.of(), 0, 1).get(0);
        type(view.candidate, owner);
        _click(view.addMember);
        assertThat(view.candidate.isInvalid()).isTrue();
        assertThat(view.candidate.getErrorMessage()).contains("Only trainees and instructors");
    }

    @Test
    void addingWithoutChoosingSomeoneAsksToChooseFirst() {
        type(view.name, "Cohort " + UUID.randomUUID().toString().substring(0, 6));
        _click(view.create);
        _click(view.addMember);
        assertThat(view.candidate.getErrorMessage()).isEqualTo("Choose a trainee or instructor first.");
    }
}
