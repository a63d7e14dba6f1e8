package com.smpacademy.audit;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link AuditServiceTest}, on PostgreSQL. */
@PostgresTest
class AuditServicePostgresTest extends AuditServiceTest {
}
