package com.smpacademy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL tests run when the server answers. Without a server they are skipped with a message, unless
 * {@code -Dacademy.test.postgres=required} (as CI sets it), in which case they fail.
 */
public class PostgresCondition implements ExecutionCondition {

    /** {@code -Dacademy.test.postgres.db=NAME} picks another database, so two checkouts can test at once. */
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/"
            + System.getProperty("academy.test.postgres.db", "academy_test");

    /** The test database's JDBC URL (for tests that start the app as a child process). */
    public static String url() {
        return URL;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String mode = System.getProperty("academy.test.postgres", "optional");
        String problem = probe();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        if ("required".equalsIgnoreCase(mode)) {
            throw new IllegalStateException("PostgreSQL tests are required (-Dacademy.test.postgres=required) but "
                    + URL + " is not usable: " + problem + ". Start it as .ci/run does.");
        }
        return ConditionEvaluationResult.disabled("Skipped: PostgreSQL is not reachable at " + URL + " (" + problem
                + "). Start it and/or run with -Dacademy.test.postgres=required to make these tests mandatory.");
    }

    private static String probe() {
        Properties props = new Properties();
        props.setProperty("user", "academy");
        props.setProperty("password", "academy");
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "3");
        try (Connection ignored = DriverManager.getConnection(URL, props)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
