package com.smpacademy.certification;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link CertificationServiceTest}, on PostgreSQL. */
@PostgresTest
class CertificationServicePostgresTest extends CertificationServiceTest {
}
