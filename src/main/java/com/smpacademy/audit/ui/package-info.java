/** The admin's audit log browser. */
@NullMarked
package com.smpacademy.audit.ui;

import org.jspecify.annotations.NullMarked;
