package com.smpacademy.practice.ui;

import com.smpacademy.account.CohortService;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.PracticeService.QueueFilter;
import com.smpacademy.practice.PracticeService.QueueItem;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;

/** Submitted practice entries waiting for a decision, oldest first, from the instructor's cohorts. */
@Route("instructor/review-queue")
@PageTitle("Review queue")
@Menu(order = 25, icon = "vaadin:clipboard-check", title = "Review queue")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class ReviewQueueView extends Div {

    final ComboBox<UserAccount> trainee = new ComboBox<>("Trainee");
    final Select<Setting> setting = new Select<>();
    final Select<Skill> skill = new Select<>();
    final Span waiting = new Span();
    final Grid<QueueItem> grid = new Grid<>();
    private final PracticeService practice;

    public ReviewQueueView(PracticeService practice, CohortService cohorts) {
        this.practice = practice;
        setId("review-queue-view");
        addClassNames("view", "full-height");
        trainee.setId("queue-trainee");
        trainee.setItems(cohorts.myTrainees());
        trainee.setItemLabelGenerator(UserAccount::getDisplayName);
        trainee.setClearButtonVisible(true);
        trainee.setPlaceholder("All trainees");
        setting.setLabel("Setting");
        setting.setItems(Setting.values());
        setting.setItemLabelGenerator(s -> s == null ? "All settings" : s.label());
        setting.setEmptySelectionAllowed(true);
        setting.setEmptySelectionCaption("All settings");
        skill.setLabel("Skill");
        skill.setItems(Skill.values());
        skill.setItemLabelGenerator(s -> s == null ? "All skills" : s.label());
        skill.setEmptySelectionAllowed(true);
        skill.setEmptySelectionCaption("All skills");
        trainee.addValueChangeListener(e -> refresh());
        setting.addValueChangeListener(e -> refresh());
        skill.addValueChangeListener(e -> refresh());
        waiting.setId("queue-waiting");
        waiting.addClassName("muted");
        HorizontalLayout filters = new HorizontalLayout(trainee, setting, skill);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("queue-grid");
        grid.addColumn(q -> LogbookView.DATE.format(q.submittedAt().atZone(ZoneOffset.UTC))).setHeader("Submitted")
                .setAutoWidth(true);
        grid.addColumn(QueueItem::traineeName).setHeader("Trainee").setAutoWidth(true);
        grid.addColumn(q -> LogbookView.DATE.format(q.date())).setHeader("Session").setAutoWidth(true);
        grid.addColumn(q -> q.setting().label()).setHeader("Setting").setAutoWidth(true);
        grid.addColumn(q -> q.skill().label()).setHeader("Skill").setAutoWidth(true);
        grid.addColumn(q -> LogbookView.hours(q.minutes())).setHeader("Duration").setAutoWidth(true);
        grid.addColumn(QueueItem::photos).setHeader("Photos").setAutoWidth(true);
        grid.setEmptyStateText("Nothing is waiting for review. Submitted entries from your cohorts' trainees "
                + "appear here, oldest first.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                new RouteParameters("entryId", Long.toString(e.getItem().entryId())))));
        add(filters, waiting, grid);
        refresh();
    }

    private void refresh() {
        QueueFilter filter = new QueueFilter(trainee.getValue() == null ? null : trainee.getValue().getId(),
                setting.getValue(), skill.getValue());
        long count = practice.queueCount(filter);
        waiting.setText(count + (count == 1 ? " entry" : " entries") + " waiting for review");
        grid.setItems(q -> practice.queue(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
    }
}
