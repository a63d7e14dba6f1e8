package com.smpacademy.operations;

import com.smpacademy.support.PostgresCondition;
import com.smpacademy.support.ProductionApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** How the child app is pointed at each database: H2 in its fresh ./data, or the PostgreSQL test database. */
enum Databases {
    H2 {
        @Override
        void configure(ProductionApp app) {
            // the shipped default: jdbc:h2:file:./data/smp-academy in the child's own folder
        }
    },
    POSTGRESQL {
        @Override
        void configure(ProductionApp app) {
            app.arg("--spring.profiles.active=postgres").env("SPRING_DATASOURCE_URL", PostgresCondition.url())
                    .env("SPRING_DATASOURCE_USERNAME", USER).env("SPRING_DATASOURCE_PASSWORD", USER);
        }

        @Override
        void makeFresh() {
            try (Connection c = DriverManager.getConnection(PostgresCondition.url(), USER, USER);
                 Statement sql = c.createStatement()) {
                sql.execute("drop schema public cascade");
                sql.execute("create schema public");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    static final String USER = "academy";

    abstract void configure(ProductionApp app);

    /** Empties the database (H2: nothing to do, each test has a new folder). */
    void makeFresh() {
    }
}
