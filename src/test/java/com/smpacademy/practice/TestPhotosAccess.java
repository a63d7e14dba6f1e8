package com.smpacademy.practice;

/** Test photos for view tests in other packages. */
public final class TestPhotosAccess {

    private TestPhotosAccess() {
    }

    public static byte[] png() {
        return TestPhotos.png(640, 480);
    }
}
