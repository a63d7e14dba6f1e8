/** The admin's backup page. */
@NullMarked
package com.smpacademy.operations.ui;

import org.jspecify.annotations.NullMarked;
