package com.smpacademy.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the annotated test class (usually a subclass of an H2 test) against the real PostgreSQL at
 * 127.0.0.1:5432/academy_test. See {@link PostgresCondition} for when it runs, skips or fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresCondition.class)
@ActiveProfiles({"test", "pgtest"})
public @interface PostgresTest {
}
