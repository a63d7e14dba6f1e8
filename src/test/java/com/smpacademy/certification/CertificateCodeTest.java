package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void generatedCodesHaveTheFormatAndValidate() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CertificateCode.generate();
            assertThat(code).matches("SMP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]");
            assertThat(CertificateCode.parse(code)).isEqualTo(new CertificateCode.Valid(code));
            seen.add(code);
        }
        // 40 random bits: 2000 codes never collide in practice, and they are not sequential
        assertThat(seen).hasSize(2000);
    }

    @RepeatedTest(20)
    void everySingleCharacterTypoIsCaught() {
        String code = CertificateCode.generate();
        String nine = code.replace("SMP-", "").replace("-", "");
        for (int position = 0; position < 9; position++) {
            for (char c : CertificateCode.ALPHABET.toCharArray()) {
                if (c == nine.charAt(position)) {
                    continue;
                }
                String typo = nine.substring(0, position) + c + nine.substring(position + 1);
                assertThat(CertificateCode.parse(typo)).as(typo).isInstanceOf(CertificateCode.Malformed.class);
            }
        }
    }

    @Test
    void aMistypedCodeIsToldTheCheckCharacterDoesNotMatch() {
        String code = CertificateCode.generate();
        char last = code.charAt(code.length() - 1);
        char other = CertificateCode.ALPHABET.charAt((CertificateCode.ALPHABET.indexOf(last) + 1) % 32);
        assertThat(CertificateCode.parse(code.substring(0, code.length() - 1) + other))
                .isEqualTo(new CertificateCode.Malformed(
                        "The check character does not match — please check the code for a typo."));
    }

    @Test
    void codesAreReadAsPeopleTypeThem() {
        String code = CertificateCode.generate();
        String nine = code.replace("SMP-", "").replace("-", "");
        assertThat(CertificateCode.parse(" " + nine.toLowerCase() + " ")).isEqualTo(new CertificateCode.Valid(code));
        assertThat(CertificateCode.parse("smp " + nine)).isEqualTo(new CertificateCode.Valid(code));
        // O for zero and I or L for one
        String withZero = "SMP-00000000-" + CertificateCode.check("00000000");
        assertThat(CertificateCode.parse(withZero.replace('0', 'O'))).isInstanceOf(CertificateCode.Valid.class);
    }

    @Test
    void wrongLengthsAndForeignCharactersGetAClearMessage() {
        assertThat(CertificateCode.parse("SMP-1234")).isInstanceOfSatisfying(CertificateCode.Malformed.class,
                m -> assertThat(m.message()).contains("has 9 characters"));
        assertThat(CertificateCode.parse("SMP-1234-567U-8")).isInstanceOfSatisfying(CertificateCode.Malformed.class,
                m -> assertThat(m.message()).contains("\"U\" does not occur"));
        assertThat(CertificateCode.parse("")).isInstanceOf(CertificateCode.Malformed.class);
    }
}
