package com.smpacademy.practice;

/** A photo was added to a practice entry (published inside the upload's transaction). */
record PracticePhotoAdded(long photoId) {
}
