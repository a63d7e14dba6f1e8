/** Shared layout, dashboard, error pages and small UI helpers used by every feature's views. */
@NullMarked
package com.smpacademy.ui;

import org.jspecify.annotations.NullMarked;
