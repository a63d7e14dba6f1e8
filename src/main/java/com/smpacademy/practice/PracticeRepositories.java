package com.smpacademy.practice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PracticeEntryRepository extends JpaRepository<PracticeEntry, Long> {

    @Query("select e from PracticeEntry e where e.traineeId = :traineeId order by e.date desc, e.id desc")
    List<PracticeEntry> byTrainee(@Param("traineeId") long traineeId);

    @Query("""
            select coalesce(sum(e.minutes), 0) from PracticeEntry e
            where e.traineeId = :traineeId and e.date = :date and e.id <> :exceptId
              and e.status <> com.smpacademy.practice.PracticeEnums.Status.REJECTED
            """)
    long minutesOn(@Param("traineeId") long traineeId, @Param("date") LocalDate date,
                   @Param("exceptId") long exceptId);

    @Query("""
            select e from PracticeEntry e where e.traineeId = :traineeId
              and e.status = com.smpacademy.practice.PracticeEnums.Status.APPROVED and e.id <> :exceptId
            order by e.date desc, e.id desc
            """)
    List<PracticeEntry> approvedOf(@Param("traineeId") long traineeId, @Param("exceptId") long exceptId,
                                   org.springframework.data.domain.Pageable page);
}

interface PracticePhotoRepository extends JpaRepository<PracticePhoto, Long> {

    @Query("select p.id from PracticePhoto p where p.entryId = :entryId order by p.id")
    List<Long> idsOf(@Param("entryId") long entryId);

    @Query("select p.entryId, p.id from PracticePhoto p where p.entryId in :entryIds order by p.id")
    List<Object[]> idsOfEntries(@Param("entryIds") Collection<Long> entryIds);

    long countByEntryId(long entryId);
}

interface PracticeReviewRepository extends JpaRepository<PracticeReview, Long> {

    @Query("select r from PracticeReview r where r.entryId = :entryId order by r.decidedAt, r.id")
    List<PracticeReview> ofEntry(@Param("entryId") long entryId);

    @Query("select r from PracticeReview r where r.entryId in :entryIds order by r.decidedAt, r.id")
    List<PracticeReview> ofEntries(@Param("entryIds") Collection<Long> entryIds);

    @Query("""
            select r from PracticeReview r where r.entryId in
              (select e.id from PracticeEntry e where e.traineeId = :traineeId)
            order by r.decidedAt desc, r.id desc
            """)
    List<PracticeReview> ofTrainee(@Param("traineeId") long traineeId);
}

interface PracticeRevisionRepository extends JpaRepository<PracticeRevision, Long> {

    @Query("select r from PracticeRevision r where r.entryId = :entryId order by r.revisedAt, r.id")
    List<PracticeRevision> ofEntry(@Param("entryId") long entryId);

    @Query("select r from PracticeRevision r where r.entryId in :entryIds order by r.revisedAt, r.id")
    List<PracticeRevision> ofEntries(@Param("entryIds") Collection<Long> entryIds);
}

interface PhotoAnalysisRepository extends JpaRepository<PhotoAnalysis, Long> {

    @Query("select a from PhotoAnalysis a where a.photoId in :photoIds")
    List<PhotoAnalysis> ofPhotos(@Param("photoIds") Collection<Long> photoIds);

    /** Claims a waiting (or stale running) analysis for this node; 1 when the claim succeeded. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("""
            update PhotoAnalysis a set a.status = com.smpacademy.practice.PhotoAnalysis.Status.RUNNING,
              a.claimedAt = :now, a.attempts = a.attempts + 1
            where a.photoId = :photoId and (a.status = com.smpacademy.practice.PhotoAnalysis.Status.PENDING
              or (a.status = com.smpacademy.practice.PhotoAnalysis.Status.RUNNING and a.claimedAt < :staleBefore))
            """)
    int claim(@Param("photoId") long photoId, @Param("now") java.time.Instant now,
              @Param("staleBefore") java.time.Instant staleBefore);

    @Query("""
            select a.photoId from PhotoAnalysis a
            where a.status = com.smpacademy.practice.PhotoAnalysis.Status.PENDING
               or (a.status = com.smpacademy.practice.PhotoAnalysis.Status.RUNNING and a.claimedAt < :staleBefore)
            order by a.queuedAt
            """)
    List<Long> waiting(@Param("staleBefore") java.time.Instant staleBefore,
                       org.springframework.data.domain.Pageable page);
}
