package com.smpacademy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.Rubric;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo: at first start the bell and the Outbox already show messages, and approving the demo trainee's entry
 * notifies the trainee and puts a message on the Outbox.
 */
@SpringTest
class NotificationDemoDataTest {

    @Autowired NotificationDemoData demo;
    @Autowired PracticeService practice;
    @Autowired NotificationService notifications;
    @Autowired OutboxSender sender;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    private long samId() {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, TestUsers.TRAINEE);
    }

    @AfterEach
    void removeTheDemoEntry() {
        // other tests count Sam's practice: take the demo entry (and what it caused) away again
        users.logout();
        long sam = samId();
        jdbc.update("delete from practice_entry where trainee_id = ? and notes like 'Soft irregular front row%'", sam);
        jdbc.update("delete from notification where recipient_id = ?", sam);
    }

    @Test
    void approvingTheDemoTraineesEntryShowsUnderTheirBellAndOnTheOutbox() {
        demo.seed();
        users.loginAs(TestUsers.TRAINEE);
        long before = notifications.unreadCount();
        assertThat(before).isPositive();
        users.loginAs(TestUsers.ADMIN);
        assertThat(notifications.outbox(null, 0, 200)).anyMatch(m -> m.to().equals(TestUsers.INSTRUCTOR)
                && m.subject().contains("waiting for review"));

        users.loginAs(TestUsers.INSTRUCTOR);
        List<PracticeService.QueueItem> queue = practice.queue(PracticeService.QueueFilter.none(), 0, 50);
        PracticeService.QueueItem samsEntry = queue.stream().filter(q -> q.traineeId() == samId()).findFirst()
                .orElseThrow();
        practice.decide(samsEntry.entryId(), Decision.APPROVE, new Rubric(4, 4, 5, 4, 4), "Clean, even front row.");

        users.loginAs(TestUsers.TRAINEE);
        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
        assertThat(notifications.mine(0, 1).get(0).title()).isEqualTo("Practice entry approved");
        sender.deliverDue();
        users.loginAs(TestUsers.ADMIN);
        assertThat(notifications.outbox(null, 0, 50)).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo(TestUsers.TRAINEE);
            assertThat(m.subject()).isEqualTo("Practice entry approved · SMP Academy");
            assertThat(m.status()).isEqualTo(OutboxStatus.HELD);
            assertThat(m.text()).contains("Clean, even front row.");
        });
    }
}
