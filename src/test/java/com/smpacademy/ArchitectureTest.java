package com.smpacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the layering of DESIGN.md true as the code grows. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.smpacademy");
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void servicesAndEntitiesNeverDependOnTheUi() {
        noClasses().that().resideOutsideOfPackage("com.smpacademy..ui..")
                .and().resideOutsideOfPackage("com.smpacademy.security..")
                .should().dependOnClassesThat().resideInAnyPackage("com.smpacademy..ui..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.smpacademy.(account|course|quiz|practice|certification|clinic|notification|audit)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void everyScheduledJobTakesAClusterWideLock() {
        // notification: with several nodes on one database, a job without a ShedLock lock would run on each
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .check(classes);
    }

    @Test
    void noViewIsOpenToEveryLoggedInUserByDefault() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .check(classes);
    }
}
