package org.casework.petitions;

import java.util.List;
import org.casework.base.web.ApiPage;
import org.casework.base.web.ApiParams;
import org.casework.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON for petitions and the channel list; roles and scope are checked by the services. */
@RestController
@RequestMapping("/api")
class PetitionApi {

    private final PetitionService petitions;
    private final PetitionChannelService channels;
    private final CurrentUser current;

    PetitionApi(PetitionService petitions, PetitionChannelService channels, CurrentUser current) {
        this.petitions = petitions;
        this.channels = channels;
        this.current = current;
    }

    @GetMapping("/petitions")
    ApiPage<PetitionDetail> list(@RequestParam(required = false) String org,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String channel,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String text,
                                 @RequestParam(defaultValue = "0") int offset,
                                 @RequestParam(defaultValue = "50") int limit) {
        Long orgId = org == null || org.isBlank() ? null : current.scopedOrg(org).id();
        PetitionFilter filter = new PetitionFilter(orgId, year, channel,
                ApiParams.labelled(PetitionStatus.class, "status", status), text);
        int size = ApiPage.limit(limit);
        return new ApiPage<>(petitions.search(filter, offset, size), petitions.count(filter), offset, size);
    }

    @GetMapping("/petitions/{id}")
    PetitionDetail get(@PathVariable long id) {
        return petitions.get(id);
    }

    @GetMapping("/petition-channels")
    List<ChannelRef> channels(@RequestParam(defaultValue = "false") boolean all) {
        return channels.list(all);
    }
}
