package com.smpacademy.account;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link AccountServiceTest}, on PostgreSQL. */
@PostgresTest
class AccountServicePostgresTest extends AccountServiceTest {
}
