package com.smpacademy.practice.ui;

import com.smpacademy.practice.EntryForm;

/** How an entry's technical details read in a sentence. */
final class PracticeServiceText {

    private PracticeServiceText() {
    }

    static String details(EntryForm f) {
        StringBuilder sb = new StringBuilder();
        if (f.needleGrouping() != null || f.needleDiameterMm() != null) {
            sb.append("Needle ").append(f.needleGrouping() == null ? "" : f.needleGrouping())
                    .append(f.needleDiameterMm() == null ? "" : " " + f.needleDiameterMm() + " mm").append(". ");
        }
        if (f.pigment() != null || f.dilution() != null) {
            sb.append("Pigment ").append(f.pigment() == null ? "" : f.pigment())
                    .append(f.dilution() == null ? "" : ", dilution " + f.dilution()).append(". ");
        }
        if (f.area() != null) {
            sb.append("Area: ").append(f.area()).append(". ");
        }
        if (f.notes() != null) {
            sb.append(f.notes());
        }
        return sb.length() == 0 ? "No technical details given." : sb.toString().trim();
    }
}
