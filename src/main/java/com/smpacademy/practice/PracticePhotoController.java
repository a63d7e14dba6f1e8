package com.smpacademy.practice;

import com.smpacademy.common.RuleViolationException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves practice photos to the people who may see their entry; the service decides who that is. */
@RestController
class PracticePhotoController {

    private final PracticeService practice;
    private final DotFiguresService dots;

    PracticePhotoController(PracticeService practice, DotFiguresService dots) {
        this.practice = practice;
        this.dots = dots;
    }

    /** The dot analysis overlay of a photo (PNG), for the same people as the photo. */
    @GetMapping("/practice-photos/{photoId}/overlay")
    ResponseEntity<byte[]> overlay(@PathVariable long photoId) {
        try {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                    .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(dots.overlay(photoId));
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(403).build();
        } catch (RuleViolationException e) {
            return ResponseEntity.notFound().build();
        }
    }

    @GetMapping("/practice-photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId,
                                 @RequestParam(name = "thumb", defaultValue = "false") boolean thumb) {
        try {
            PracticeService.PhotoBytes photo = practice.photo(photoId, thumb);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                    .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(photo.bytes());
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(403).build();
        } catch (RuleViolationException e) {
            return ResponseEntity.notFound().build();
        }
    }
}
