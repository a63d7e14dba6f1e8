package com.smpacademy.notification;

import com.smpacademy.support.PostgresTest;

/** {@link ShedLockTest} on PostgreSQL: two schedulers against one PostgreSQL database run a job once. */
@PostgresTest
class ShedLockPostgresTest extends ShedLockTest {
}
