package com.smpacademy.account;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {

    List<LoginThrottleEntry> findByKeyIn(Collection<String> keys);
}
