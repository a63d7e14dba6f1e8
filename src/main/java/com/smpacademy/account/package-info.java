/**
 * Accounts and who may do what: users and their single role, registration, login with lock-out, passwords,
 * profiles and cohorts (an instructor grades the trainees of their cohorts).
 */
@NullMarked
package com.smpacademy.account;

import org.jspecify.annotations.NullMarked;
