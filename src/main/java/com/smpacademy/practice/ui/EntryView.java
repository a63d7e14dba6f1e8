package com.smpacademy.practice.ui;

import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.DotFiguresService;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.PracticeService.EntryDetail;
import com.smpacademy.ui.FieldErrors;
import com.smpacademy.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Logs or edits one practice session, with its photos; shows it read-only once submitted. */
@Route("practice/entry/:entryId?")
@PageTitle("Practice session")
@RolesAllowed(Role.TRAINEE_NAME)
public class EntryView extends Div implements BeforeEnterObserver {

    final DatePicker date = new DatePicker("Date");
    final IntegerField hours = new IntegerField("Hours");
    final IntegerField minutes = new IntegerField("Minutes");
    final Select<Setting> setting = new Select<>();
    final Select<Skill> skill = new Select<>();
    final TextField needleGrouping = new TextField("Needle grouping");
    final NumberField needleDiameter = new NumberField("Needle diameter (mm)");
    final TextField pigment = new TextField("Pigment");
    final TextField dilution = new TextField("Dilution");
    final TextField area = new TextField("Area treated");
    final ComboBox<UserAccount> supervisor = new ComboBox<>("Supervising instructor");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save draft");
    final Button submit = new Button("Submit for review", VaadinIcon.PAPERPLANE.create());
    final Paragraph photoError = new Paragraph();
    final Div photos = new Div();
    private final FieldErrors errors = new FieldErrors();
    final Div figures = new Div();
    private final PracticeService practice;
    private final DotFiguresService dots;
    private @Nullable Long entryId;
    private com.vaadin.flow.shared.@Nullable Registration poll;

    public EntryView(PracticeService practice, DotFiguresService dots) {
        this.practice = practice;
        this.dots = dots;
        setId("entry-view");
        addClassNames("view", "narrow");
        date.setId("entry-date");
        date.setMax(LocalDate.now(ZoneOffset.UTC));
        hours.setId("entry-hours");
        hours.setMin(0);
        hours.setMax(12);
        hours.setStepButtonsVisible(true);
        minutes.setId("entry-minutes");
        minutes.setMin(0);
        minutes.setMax(59);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        setting.setId("entry-setting");
        setting.setLabel("Setting");
        setting.setItems(Setting.values());
        setting.setItemLabelGenerator(Setting::label);
        setting.addValueChangeListener(e -> supervisor.setVisible(e.getValue() == Setting.LIVE_MODEL));
        skill.setId("entry-skill");
        skill.setLabel("Skill");
        skill.setItems(Skill.values());
        skill.setItemLabelGenerator(Skill::label);
        needleGrouping.setPlaceholder("e.g. 1RL or 3RL");
        needleDiameter.setPlaceholder("e.g. 0.25");
        needleDiameter.setStep(0.01);
        pigment.setPlaceholder("Brand and shade");
        dilution.setPlaceholder("e.g. 1:3");
        area.setPlaceholder("Norwood stage or scar type");
        supervisor.setId("entry-supervisor");
        supervisor.setItems(practice.mySupervisors());
        supervisor.setItemLabelGenerator(UserAccount::getDisplayName);
        supervisor.setVisible(false);
        supervisor.setHelperText("Required for live-model sessions: the instructor who supervised you.");
        notes.setId("entry-notes");
        notes.setMaxLength(4000);
        save.setId("entry-save");
        save.addClickListener(e -> saveDraft());
        submit.setId("entry-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitEntry());
        photoError.setId("entry-photo-error");
        photoError.addClassName("form-error");
        photoError.setVisible(false);
        photos.addClassName("photo-strip");
        errors.bind("date", date).bind("minutes", minutes).bind("setting", setting).bind("skill", skill)
                .bind("needleGrouping", needleGrouping).bind("needleDiameterMm", needleDiameter)
                .bind("pigment", pigment).bind("dilution", dilution).bind("area", area)
                .bind("supervisorId", supervisor).bind("notes", notes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entryId = event.getRouteParameters().get("entryId").map(Long::valueOf).orElse(null);
        removeAll();
        if (entryId == null) {
            date.setValue(LocalDate.now(ZoneOffset.UTC));
            hours.setValue(1);
            minutes.setValue(0);
            showEditor(null);
            return;
        }
        try {
            EntryDetail detail = practice.entry(entryId);
            if (detail.editable()) {
                fill(detail);
                showEditor(detail);
            } else {
                showReadOnly(detail);
            }
        } catch (AccessDeniedException | RuleViolationException e) {
            add(new H2("Practice session"), new Paragraph(e.getMessage()),
                    new RouterLink("Back to your logbook", LogbookView.class));
        }
    }

    private void fill(EntryDetail d) {
        EntryForm f = d.form();
        date.setValue(f.date());
        hours.setValue(f.minutes() / 60);
        minutes.setValue(f.minutes() % 60);
        setting.setValue(f.setting());
        skill.setValue(f.skill());
        needleGrouping.setValue(f.needleGrouping() == null ? "" : f.needleGrouping());
        needleDiameter.setValue(f.needleDiameterMm());
        pigment.setValue(f.pigment() == null ? "" : f.pigment());
        dilution.setValue(f.dilution() == null ? "" : f.dilution());
        area.setValue(f.area() == null ? "" : f.area());
        supervisor.getListDataView().getItems().filter(u -> u.getId().equals(f.supervisorId())).findFirst()
                .ifPresent(supervisor::setValue);
        notes.setValue(f.notes() == null ? "" : f.notes());
    }

    private void showEditor(@Nullable EntryDetail detail) {
        add(new H2(detail == null ? "Log a practice session" : "Edit practice session"));
        if (detail != null && !detail.reviews().isEmpty()) {
            var last = detail.reviews().get(detail.reviews().size() - 1);
            Paragraph asked = new Paragraph(last.reviewer() + " asked for changes: " + last.comment());
            asked.addClassName("locked-note");
            add(asked);
        }
        FormLayout form = new FormLayout(date, setting, skill, supervisor, needleGrouping, needleDiameter, pigment,
                dilution, area);
        HorizontalLayout duration = new HorizontalLayout(hours, minutes);
        Card card = new Card();
        card.add(form, duration, notes);
        notes.setWidthFull();
        add(card);

        Card photoCard = new Card();
        photoCard.setTitle(new H3("Photos"));
        if (entryId == null) {
            photoCard.add(new Paragraph("Save the session first, then add up to 6 photos (JPEG or PNG, at most 10 MB "
                    + "each). Location and camera data are removed from every photo."));
        } else {
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
                UI ui = UI.getCurrent();
                if (ui != null) {
                    ui.access(() -> receivePhoto(meta.fileName(), bytes));
                } else {
                    receivePhoto(meta.fileName(), bytes);
                }
            }));
            upload.setId("entry-upload");
            upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
            upload.setMaxFileSize(10 * 1024 * 1024);
            upload.addFileRejectedListener(e -> showPhotoError(e.getErrorMessage()
                    + " Photos must be JPEG or PNG, at most 10 MB."));
            photoCard.add(new Paragraph("Up to 6 photos, JPEG or PNG, at most 10 MB each. Location and camera data "
                    + "are removed from every photo. Photograph your work on the practice card to have the dots "
                    + "measured."), DotFiguresPanel.cardDownloads(), photoError, upload, photos, figures);
            refreshPhotos();
        }
        add(photoCard);
        HorizontalLayout actions = new HorizontalLayout(save, submit,
                new RouterLink("Back to your logbook", LogbookView.class));
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(actions);
    }

    private void showReadOnly(EntryDetail d) {
        EntryForm f = d.form();
        add(new H2("Practice session of " + LogbookView.DATE.format(f.date())), LogbookView.badge(d.status()));
        Card card = new Card();
        card.add(new Paragraph(f.setting().label() + " · " + f.skill().label() + " · "
                + LogbookView.hours(f.minutes())));
        if (d.supervisorName() != null) {
            card.add(new Paragraph("Supervised by " + d.supervisorName()));
        }
        card.add(new Paragraph(PracticeServiceText.details(f)));
        add(card);
        Div strip = new Div();
        strip.addClassName("photo-strip");
        d.photoIds().forEach(id -> strip.add(new Image("/practice-photos/" + id + "?thumb=true", "Practice photo")));
        add(strip);
        if (!d.photoIds().isEmpty()) {
            Card measured = new Card();
            measured.add(figures);
            add(measured);
            refreshFigures();
        }
        d.reviews().forEach(r -> add(new Paragraph(r.decision().label() + " by " + r.reviewer()
                + (r.rubric() == null ? "" : String.format(java.util.Locale.ROOT, " (rubric %.1f / 5)",
                r.rubric().average())) + (r.comment() == null ? "" : ": " + r.comment()))));
        add(new RouterLink("Back to your logbook", LogbookView.class));
    }

    private EntryForm form() {
        int total = (hours.getValue() == null ? 0 : hours.getValue()) * 60
                + (minutes.getValue() == null ? 0 : minutes.getValue());
        return new EntryForm(date.getValue(), total, setting.getValue(), skill.getValue(), blank(needleGrouping),
                needleDiameter.getValue(), blank(pigment), blank(dilution), blank(area),
                supervisor.getValue() == null ? null : supervisor.getValue().getId(), blank(notes.getValue()));
    }

    private static @Nullable String blank(TextField field) {
        return blank(field.getValue());
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    void saveDraft() {
        try {
            long id = practice.save(entryId, form());
            errors.clear();
            Notifications.success("Saved as a draft. Add photos, then submit it for review.");
            if (entryId == null) {
                getUI().ifPresent(ui -> ui.navigate(EntryView.class, new RouteParameters("entryId",
                        Long.toString(id))));
            }
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }

    void submitEntry() {
        try {
            long id = practice.save(entryId, form());
            practice.submit(id);
            Notifications.success("Submitted. Your instructor will review it.");
            getUI().ifPresent(ui -> ui.navigate(LogbookView.class));
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (RuleViolationException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** Takes one uploaded file; a refused file shows why and leaves everything else as it was. */
    void receivePhoto(String fileName, byte[] bytes) {
        if (entryId == null) {
            return;
        }
        try {
            practice.addPhoto(entryId, fileName, bytes);
            photoError.setVisible(false);
            refreshPhotos();
        } catch (InvalidInputException | RuleViolationException e) {
            showPhotoError(e.getMessage());
        }
    }

    private void showPhotoError(String message) {
        photoError.setText(message);
        photoError.setVisible(true);
    }

    private void refreshPhotos() {
        photos.removeAll();
        if (entryId == null) {
            return;
        }
        List<Long> ids = practice.entry(entryId).photoIds();
        for (Long id : ids) {
            Image thumb = new Image("/practice-photos/" + id + "?thumb=true", "Practice photo");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                practice.removePhoto(id);
                refreshPhotos();
            });
            remove.setAriaLabel("Remove this photo");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Div tile = new Div(thumb, remove);
            tile.addClassName("photo-tile");
            photos.add(tile);
        }
        if (ids.isEmpty()) {
            Span none = new Span("No photos yet.");
            none.addClassName("muted");
            photos.add(none);
        }
        refreshFigures();
    }

    /** Shows the dot figures; while a photo is still being measured, looks again every few seconds. */
    private void refreshFigures() {
        figures.removeAll();
        if (entryId == null) {
            return;
        }
        DotFiguresService.EntryFigures measured = dots.forEntry(entryId);
        if (!measured.photos().isEmpty()) {
            figures.add(DotFiguresPanel.of(measured));
        }
        boolean waiting = measured.photos().stream()
                .anyMatch(p -> p.state() == DotFiguresService.State.WAITING);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (waiting && poll == null) {
            ui.setPollInterval(3000);
            poll = ui.addPollListener(e -> refreshFigures());
            addDetachListener(e -> stopPolling(e.getUI()));
        } else if (!waiting && poll != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(-1);
        }
    }

    List<Long> photoIds() {
        return entryId == null ? List.of() : practice.entry(entryId).photoIds();
    }

    @Nullable Long entryId() {
        return entryId;
    }
}
