package com.smpacademy.practice;

/** The fixed vocabularies of the logbook. */
public final class PracticeEnums {

    private PracticeEnums() {
    }

    /** Where the practice happened. {@code key} is the name used in course.yaml's certification program. */
    public enum Setting {
        SYNTHETIC_SKIN("Synthetic practice skin", "synthetic-skin"),
        MANNEQUIN("Mannequin or latex scalp", "mannequin"),
        LIVE_MODEL("Supervised live model", "supervised-live-model");

        private final String label;
        private final String key;

        Setting(String label, String key) {
            this.label = label;
            this.key = key;
        }

        public String label() { return label; }
        public String key() { return key; }
    }

    public enum Skill {
        NEEDLE_DEPTH("Needle depth and dot work"),
        SHADE_MATCHING("Shade matching"),
        HAIRLINE_DESIGN("Hairline design"),
        DENSITY_FILL("Density fill"),
        SCAR_CAMOUFLAGE("Scar camouflage");

        private final String label;

        Skill(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    public enum Status {
        DRAFT("Draft"), SUBMITTED("Waiting for review"), APPROVED("Approved"),
        CHANGES_REQUESTED("Changes requested"), REJECTED("Rejected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /** An instructor's decision on a submitted entry. */
    public enum Decision {
        APPROVE("Approved"), REQUEST_CHANGES("Changes requested"), REJECT("Rejected");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }
}
