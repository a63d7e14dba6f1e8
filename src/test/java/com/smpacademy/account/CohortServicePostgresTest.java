package com.smpacademy.account;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link CohortServiceTest}, on PostgreSQL. */
@PostgresTest
class CohortServicePostgresTest extends CohortServiceTest {
}
