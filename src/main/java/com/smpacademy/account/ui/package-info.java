/** Views for logging in, registering, one's profile, and the admin's users and cohorts. */
@NullMarked
package com.smpacademy.account.ui;

import org.jspecify.annotations.NullMarked;
