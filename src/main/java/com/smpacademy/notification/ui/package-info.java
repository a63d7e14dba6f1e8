/** The bell, the notifications page, preferences on the profile and the admin Outbox page. */
@NullMarked
package com.smpacademy.notification.ui;

import org.jspecify.annotations.NullMarked;
