/** Who did what, when: an append-only log written by every feature and read by admins. */
@NullMarked
package com.smpacademy.audit;

import org.jspecify.annotations.NullMarked;
