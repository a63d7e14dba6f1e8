/** The clinic owner's pages: roster, bulk check, alerts, sponsored trainees, team; the admin's clinic list. */
@NullMarked
package com.smpacademy.clinic.ui;

import org.jspecify.annotations.NullMarked;
