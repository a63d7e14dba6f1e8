package com.smpacademy.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByRoleAndEnabledTrue(Role role);

    long countByRole(Role role);

    @Query("""
            select u from UserAccount u
            where (u.role in :roles)
              and (lower(u.email) like :text escape '\\' or lower(u.displayName) like :text escape '\\')
            """)
    List<UserAccount> search(@Param("text") String likePattern, @Param("roles") Collection<Role> roles,
                             Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where (u.role in :roles)
              and (lower(u.email) like :text escape '\\' or lower(u.displayName) like :text escape '\\')
            """)
    long countSearch(@Param("text") String likePattern, @Param("roles") Collection<Role> roles);
}
