package com.smpacademy.practice;

import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeEnums.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One logged practice session. */
@Entity
@Table(name = "practice_entry")
class PracticeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "trainee_id", nullable = false)
    private long traineeId;

    @Column(name = "practice_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Setting setting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Skill skill;

    @Column(name = "needle_grouping")
    private @Nullable String needleGrouping;

    @Column(name = "needle_diameter_mm")
    private @Nullable Double needleDiameterMm;

    private @Nullable String pigment;
    private @Nullable String dilution;
    private @Nullable String area;

    @Column(name = "supervisor_id")
    private @Nullable Long supervisorId;

    private @Nullable String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PracticeEntry() {
        this(0, Instant.EPOCH);
    }

    PracticeEntry(long traineeId, Instant now) {
        this.traineeId = traineeId;
        this.date = LocalDate.EPOCH;
        this.setting = Setting.SYNTHETIC_SKIN;
        this.skill = Skill.NEEDLE_DEPTH;
        this.status = Status.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Entry not saved yet");
        }
        return id;
    }

    void update(EntryForm f, Instant now) {
        this.date = f.date();
        this.minutes = f.minutes();
        this.setting = f.setting();
        this.skill = f.skill();
        this.needleGrouping = f.needleGrouping();
        this.needleDiameterMm = f.needleDiameterMm();
        this.pigment = f.pigment();
        this.dilution = f.dilution();
        this.area = f.area();
        this.supervisorId = f.setting() == Setting.LIVE_MODEL ? f.supervisorId() : null;
        this.notes = f.notes();
        this.updatedAt = now;
    }

    void moveTo(Status next, Instant now) {
        if (next == Status.SUBMITTED) {
            submittedAt = now;
        } else if (next != Status.DRAFT) {
            decidedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    long traineeId() { return traineeId; }
    LocalDate date() { return date; }
    int minutes() { return minutes; }
    Setting setting() { return setting; }
    Skill skill() { return skill; }
    @Nullable String needleGrouping() { return needleGrouping; }
    @Nullable Double needleDiameterMm() { return needleDiameterMm; }
    @Nullable String pigment() { return pigment; }
    @Nullable String dilution() { return dilution; }
    @Nullable String area() { return area; }
    @Nullable Long supervisorId() { return supervisorId; }
    @Nullable String notes() { return notes; }
    Status status() { return status; }
    @Nullable Instant submittedAt() { return submittedAt; }
    @Nullable Instant decidedAt() { return decidedAt; }

    EntryForm form() {
        return new EntryForm(date, minutes, setting, skill, needleGrouping, needleDiameterMm, pigment, dilution, area,
                supervisorId, notes);
    }
}
