package dev.mentra.booking.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Acuity's documented formats: its date-time, its appointment JSON, its webhook signature. */
class AcuityFormatsTest {

    @Test
    void acuitysDateTimeIsReadWithAndWithoutAColonAndWrittenWithout() {
        assertThat(AcuityTime.parse("2026-03-02T10:15:00-0700"))
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 10, 15, 0, 0, ZoneOffset.ofHours(-7)));
        assertThat(AcuityTime.parse("2026-03-02T10:15:00+05:30").getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(AcuityTime.format(OffsetDateTime.of(2026, 3, 2, 10, 15, 0, 0, ZoneOffset.ofHours(-7))))
                .isEqualTo("2026-03-02T10:15:00-0700");
        assertThatThrownBy(() -> AcuityTime.parse("March 2, 2026")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDocumentedAppointmentShapeIsReadWithItsStringDurationAndNumericIds() throws Exception {
        String documented = """
                {"id":54321,"firstName":"Bob","lastName":"McTest","phone":"","email":"bob.mctest@example.com",
                 "date":"June 17, 2013","time":"10:15am","endTime":"11:15am","dateCreated":"July 2, 2013",
                 "datetime":"2013-06-17T10:15:00-0700","price":"10.00","paid":"no","amountPaid":"0.00",
                 "type":"Regular Visit","appointmentTypeID":1,"classID":null,"duration":"60","calendar":"My Calendar",
                 "calendarID":27238,"canClientCancel":false,"canClientReschedule":false,"location":"",
                 "certificate":null,"confirmationPage":"https://acuityscheduling.com/schedule.php?owner=11145481",
                 "formsText":"...","notes":"Notes [mentra:bkg_abc123]","timezone":"America/New_York",
                 "forms":[{"id":1,"name":"Example Intake Form","values":[]}]}""";
        AcuityAppointment a = new ObjectMapper().readValue(documented, AcuityAppointment.class);
        assertThat(a.id()).isEqualTo(54321);
        assertThat(a.calendarID()).isEqualTo(27238);
        assertThat(a.end()).isEqualTo(AcuityTime.parse("2013-06-17T11:15:00-0700"));
        assertThat(a.canceled()).isFalse();
        assertThat(a.fullName()).isEqualTo("Bob McTest");
        assertThat(a.mentraBookingId()).contains("bkg_abc123");
    }

    @Test
    void aWebhookSignatureIsTheBase64HmacOfTheRawBodyWithTheApiKey() {
        byte[] body = "action=appointment.scheduled&id=123&calendarID=456&appointmentTypeID=789"
                .getBytes(StandardCharsets.UTF_8);
        String signature = AcuitySignature.sign(body, "secret-key");
        // computed independently: printf '%s' "$body" | openssl dgst -sha256 -hmac secret-key -binary | base64
        assertThat(signature).isEqualTo("NieM633UFcBeb2NpONjwwF+II1SHndFF/BolW8pDmtU=");
        assertThat(AcuitySignature.verify(body, signature, "secret-key")).isTrue();
        assertThat(AcuitySignature.verify(body, signature, "another-key")).isFalse();
        assertThat(AcuitySignature.verify("action=appointment.canceled&id=123".getBytes(StandardCharsets.UTF_8),
                signature, "secret-key")).isFalse();
        assertThat(AcuitySignature.verify(body, null, "secret-key")).isFalse();
    }
}
