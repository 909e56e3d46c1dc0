#include "gui/features/windowfeatures.h"

#include "gui/features/editing/cataloguecheckview.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/lecture/educatoractions.h"
#include "gui/features/research/researcheractions.h"
#include "gui/features/review/reviewfeature.h"
#include "gui/shell/windowcontext.h"

namespace eb::gui {

void installWindowFeatures(WindowContext &context)
{
    // In this order: each adds to the menus after the ones before it.
    auto *research = new ResearcherActions(&context);
    research->install(context);
    auto *review = new review::ReviewFeature(&context);
    review->install(context);
    auto *lecture = new EducatorTools(&context);
    lecture->install(context);
    auto *editing = new editing::EditingFeature(&context);
    editing->install(context);
    auto *check = new editing::CatalogueCheckFeature(&context);
    check->install(context);
}

} // namespace eb::gui
