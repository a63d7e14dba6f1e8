/**
 * Running the academy safely: durable commits on every database, online backups of the running database, and the
 * first-run notes in the log. Depends on account and audit only; no feature depends on it.
 */
@NullMarked
package com.smpacademy.operations;

import org.jspecify.annotations.NullMarked;
