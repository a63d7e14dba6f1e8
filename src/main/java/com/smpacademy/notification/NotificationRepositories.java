package com.smpacademy.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InAppNotificationRepository extends JpaRepository<InAppNotification, Long> {

    @Query("select n from InAppNotification n where n.recipientId = :recipient order by n.createdAt desc, n.id desc")
    List<InAppNotification> newestFirst(@Param("recipient") long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") long recipientId, @Param("now") Instant now);
}

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m.id from OutboxMessage m where m.status in :statuses and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id
            """)
    List<Long> due(@Param("statuses") Collection<OutboxStatus> statuses, @Param("now") Instant now, Pageable page);

    /** Takes a due message for this node; 1 when this node now owns it, 0 when another node was first. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = com.smpacademy.notification.OutboxStatus.SENDING,
                m.claimedBy = :node, m.claimedUntil = :until, m.attempts = m.attempts + 1
            where m.id = :id and m.status in :statuses and m.nextAttemptAt <= :now
            """)
    int claim(@Param("id") long id, @Param("node") String node, @Param("until") Instant until,
              @Param("now") Instant now, @Param("statuses") Collection<OutboxStatus> statuses);

    /** Messages whose sender stopped mid-way (node killed): handed back to be tried again. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = com.smpacademy.notification.OutboxStatus.RETRYING,
                m.lastError = 'Sending was interrupted (the node stopped); trying again', m.claimedBy = null,
                m.claimedUntil = null, m.nextAttemptAt = :now
            where m.status = com.smpacademy.notification.OutboxStatus.SENDING and m.claimedUntil < :now
            """)
    int releaseStale(@Param("now") Instant now);

    @Query("select m from OutboxMessage m where (:status is null or m.status = :status) order by m.createdAt desc, m.id desc")
    List<OutboxMessage> newestFirst(@Param("status") @Nullable OutboxStatus status, Pageable page);

    @Query("select count(m) from OutboxMessage m where (:status is null or m.status = :status)")
    long countByStatusOrAll(@Param("status") @Nullable OutboxStatus status);

    long countByStatus(OutboxStatus status);
}
