// The tables left for later at the window's start (issue 20): reloadShown() fills the
// shown one; the others wait for fillLaterSections(), or for model() or setCurrentSection().
#include "catalogue/catalogue.h"
#include "gui/browse/recordbrowser.h"
#include "gui/models/recordtablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

namespace eb::gui {

void RecordBrowser::fillIfLeft(Section section) const
{
    if (views(section).fillLater) {
        // Filling is no change of what the browser shows: the table was to hold these rows.
        auto *self = const_cast<RecordBrowser *>(this);
        self->refreshTable(section);
        self->fitPendingColumns(); // a first start's column fit waited for the rows
    }
}

void RecordBrowser::fillLaterSections()
{
    for (Section section : kSections) {
        fillIfLeft(section);
    }
}

} // namespace eb::gui
