package org.casework.enforcement;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnforcementSettingRepository extends JpaRepository<EnforcementSetting, Long> {
}
