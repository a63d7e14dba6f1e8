package com.smpacademy.practice;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link PracticeServiceTest}, on PostgreSQL. */
@PostgresTest
class PracticeServicePostgresTest extends PracticeServiceTest {
}
