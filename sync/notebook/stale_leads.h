#pragma once

#include "core/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport {
class Store;
}
namespace rapport::merge {
class LocalEditor;
}

namespace rapport::notebook {

// A trade-show lead that was left: captured a year or more ago, never made a customer, never
// followed up. Kept that long, it is a stranger's details kept for nothing (and the GDPR asks
// for no more than is needed): it is offered for forgetting, and kept only by a choice.
struct StaleLead
{
    std::string id;
    std::string name;
    std::string company;
    std::string capturedOn;
    std::string event;
};

// Such leads, oldest first; one kept (keepLead) is not offered again for a year.
Result<std::vector<StaleLead>> staleLeads(Store &store, std::string_view today, int limit = 200);

// The salesperson keeps it: the lead records the day (`keptOn`), which syncs like any edit.
Status keepLead(merge::LocalEditor &editor, const std::string &leadId, std::string_view today);

} // namespace rapport::notebook
