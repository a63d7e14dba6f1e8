package com.smpacademy.course;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the diagrams of course packs to signed-in users: {@code /course-assets/{course}/{module-folder}/assets/
 * {file}}. The content type comes from a short allow-list of image types; anything else is not served. Responses
 * are cacheable for a day and revalidated by a hash of the file, and SVGs are sandboxed so a script inside one
 * could never run.
 */
@RestController
class CourseAssetController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.valueOf("image/svg+xml"),
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "webp", MediaType.valueOf("image/webp"),
            "gif", MediaType.IMAGE_GIF);

    private final CourseCatalog catalog;

    CourseAssetController(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/course-assets/{courseId}/{folder}/assets/{file}")
    ResponseEntity<byte[]> asset(@PathVariable String courseId, @PathVariable String folder,
                                 @PathVariable String file,
                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        int dot = file.lastIndexOf('.');
        MediaType type = dot < 0 ? null : TYPES.get(file.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        return catalog.asset(courseId, folder + "/assets/" + file).map(bytes -> {
            String tag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "-" + bytes.length + "\"";
            ResponseEntity.BodyBuilder builder = (tag.equals(etag) ? ResponseEntity.status(304) : ResponseEntity.ok())
                    .contentType(type)
                    .eTag(tag)
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                            + "img-src 'self' data:; sandbox");
            return tag.equals(etag) ? builder.<byte[]>build() : builder.body(bytes);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
