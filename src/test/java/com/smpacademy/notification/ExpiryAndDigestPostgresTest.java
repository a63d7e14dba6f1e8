package com.smpacademy.notification;

import com.smpacademy.support.PostgresTest;

/** {@link ExpiryAndDigestTest} on PostgreSQL: reminders and digests once, whatever the database. */
@PostgresTest
class ExpiryAndDigestPostgresTest extends ExpiryAndDigestTest {
}
