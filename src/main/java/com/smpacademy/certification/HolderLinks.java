package com.smpacademy.certification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/** What a holder does with a certificate outside the academy: LinkedIn, a QR code, the download addresses. */
public final class HolderLinks {

    private HolderLinks() {
    }

    /**
     * LinkedIn's documented "add to profile" URL for a certification: name, organisation, issue and expiry month,
     * certificate id and the verify URL, so the profile entry links back to live verification.
     */
    public static String linkedInAddToProfile(CertificateView c) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("startTask", "CERTIFICATION_NAME");
        q.put("name", c.programName());
        q.put("organizationName", c.issuer());
        q.put("issueYear", Integer.toString(c.issuedOn().getYear()));
        q.put("issueMonth", Integer.toString(c.issuedOn().getMonthValue()));
        q.put("expirationYear", Integer.toString(c.expiresOn().getYear()));
        q.put("expirationMonth", Integer.toString(c.expiresOn().getMonthValue()));
        q.put("certUrl", c.verifyUrl());
        q.put("certId", c.code());
        return "https://www.linkedin.com/profile/add?" + q.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The signed-in download of the credential, {@code jwt} or {@code json}. */
    public static String download(CertificateView c, String format) {
        return "/api/v1/me/credentials/" + c.code() + "." + format;
    }

    /**
     * Drawn QR codes by verify URL: a URL's code never changes, and drawing and PNG-encoding one was most of the
     * certificates page's server time (a JFR profile of bench/scale.sh). Bounded; a few KB each.
     */
    private static final Cache<String, String> QR_CODES = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterAccess(java.time.Duration.ofHours(1)).build();

    /** The verify URL as a QR code, a PNG data URI for an image on the page. */
    public static String verifyQrDataUri(CertificateView c) {
        return QR_CODES.get(c.verifyUrl(), HolderLinks::drawQr);
    }

    private static String drawQr(String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(CertificatePdf.qr(verifyUrl), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
