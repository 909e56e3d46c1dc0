#pragma once

// The window's figure bundle as the window's job runner runs it (gui/shell/jobrunner.h), in
// two jobs around one step on the GUI thread: the catalogue's part of the bundle (its
// description, the sources behind the marks, the studies and RoB 2 assessments the
// risk-of-bias plots need) is read on a thread of its own with a connection of its own; the
// Chart tab's scenes are laid out and recorded as drawing commands on the GUI thread (Qt
// Charts lives there); the pictures are then rasterised, encoded and written with the rest of
// the files on the job's thread, into a folder that takes the target's place only whole. No
// widgets here.

#include "export/figurebundle.h"
#include "model/jobcontrol.h"

#include <QList>
#include <QString>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::gui {

// What the bundle takes from the catalogue (read whole today: the sources' and the studies'
// lists, a few thousand rows on a large catalogue).
struct BundleCatalogue
{
    QString title;
    QString buildId;
    int schema = 0;
    QList<catalogue::SourceRecord> sources;
    QList<catalogue::StudySummary> studies;
    QList<catalogue::RobAssessment> robAssessments;
    QString error; // the catalogue could not be opened
    bool cancelled = false;
};
BundleCatalogue readBundleCatalogue(const catalogue::CatalogueReader &catalogue);
BundleCatalogue readBundleCatalogueAt(const QString &cataloguePath, const JobControl &job);

// Puts the catalogue's part into the bundle (its marks already in it).
void completeBundle(exporting::FigureBundle &bundle, const BundleCatalogue &data);

struct BundleWrite
{
    bool written = false;
    QString error;
    bool cancelled = false; // nothing was written; an earlier folder is as it was
};
BundleWrite writeBundle(const QList<exporting::BundlePicture> &pictures,
                        const exporting::FigureBundle &bundle, const QString &folder, bool replace,
                        const JobControl &job);

} // namespace eb::gui
