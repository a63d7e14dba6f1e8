package com.smpacademy.account;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link LoginLockoutTest}, on PostgreSQL. */
@PostgresTest
class LoginLockoutPostgresTest extends LoginLockoutTest {
}
