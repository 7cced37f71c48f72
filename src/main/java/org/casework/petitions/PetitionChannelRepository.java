package org.casework.petitions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionChannelRepository extends JpaRepository<PetitionChannel, String> {

    List<PetitionChannel> findAllByOrderBySortOrderAscCodeAsc();
}
