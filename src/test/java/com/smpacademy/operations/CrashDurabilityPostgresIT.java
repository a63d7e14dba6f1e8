package com.smpacademy.operations;

import com.smpacademy.support.PostgresCondition;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same crash on PostgreSQL (synchronous_commit on: a commit returns after its WAL is flushed). */
@ExtendWith(PostgresCondition.class)
class CrashDurabilityPostgresIT extends CrashDurabilityIT {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
