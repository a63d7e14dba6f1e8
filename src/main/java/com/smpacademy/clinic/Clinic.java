package com.smpacademy.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "clinic")
class Clinic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String city;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Clinic() {
        this("", "", "", Instant.EPOCH);
    }

    Clinic(String name, String city, String contactEmail, Instant createdAt) {
        this.name = name;
        this.city = city;
        this.contactEmail = contactEmail;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Clinic not saved yet");
        }
        return id;
    }

    String name() { return name; }
    String city() { return city; }
    String contactEmail() { return contactEmail; }
    Instant createdAt() { return createdAt; }
}
