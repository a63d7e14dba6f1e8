package com.smpacademy.practice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo of a practice entry, as re-encoded on upload (no metadata), with its thumbnail. */
@Entity
@Table(name = "practice_photo")
class PracticePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] image;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] thumbnail;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PracticePhoto() {
        this(0, new PhotoProcessor.Processed("image/jpeg", 0, 0, new byte[0], new byte[0]), Instant.EPOCH);
    }

    PracticePhoto(long entryId, PhotoProcessor.Processed processed, Instant now) {
        this.entryId = entryId;
        this.contentType = processed.contentType();
        this.width = processed.width();
        this.height = processed.height();
        this.image = processed.image();
        this.thumbnail = processed.thumbnail();
        this.uploadedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Photo not saved yet");
        }
        return id;
    }

    long entryId() { return entryId; }
    String contentType() { return contentType; }
    byte[] image() { return image; }
    byte[] thumbnail() { return thumbnail; }
}
