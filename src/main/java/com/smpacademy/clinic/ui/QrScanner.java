package com.smpacademy.clinic.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

/**
 * "Scan QR": a web component from {@code frontend/components/qr-scanner.js} that opens the phone's rear camera and
 * reads the certificate's QR code with the browser's BarcodeDetector; where the browser has none, it says so and the
 * typed code remains. It only reports the text it read; the server parses and checks it like a typed code.
 */
@Tag("qr-scanner")
@JavaScript("context://components/qr-scanner.js")
public class QrScanner extends com.vaadin.flow.component.Component {

    public Registration addScanListener(ComponentEventListener<Scanned> listener) {
        return addListener(Scanned.class, listener);
    }

    @DomEvent("code-scanned")
    public static class Scanned extends ComponentEvent<QrScanner> {

        private final String value;

        public Scanned(QrScanner source, boolean fromClient, @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.value = value == null ? "" : value;
        }

        public String value() {
            return value;
        }
    }
}
