#include "gui/features/research/figurebundlejob.h"

#include "catalogue/catalogue.h"
#include "queries/provenance.h"

namespace eb::gui {

BundleCatalogue readBundleCatalogue(const catalogue::CatalogueReader &catalogue)
{
    BundleCatalogue data;
    const queries::CatalogueDescription description = queries::describeCatalogue(catalogue);
    data.title = description.title;
    data.buildId = description.buildId;
    data.schema = description.schema;
    data.sources = catalogue.sources();
    data.studies = catalogue.studies();
    data.robAssessments = catalogue.robAssessments();
    return data;
}

BundleCatalogue readBundleCatalogueAt(const QString &cataloguePath, const JobControl &job)
{
    catalogue::Catalogue store;
    if (!store.open(cataloguePath, catalogue::OpenMode::ReadOnly)) {
        BundleCatalogue data;
        data.error = store.lastError();
        return data;
    }
    job.report(0, 1);
    BundleCatalogue data = readBundleCatalogue(store);
    data.cancelled = job.isCancelled();
    job.report(1, 1);
    return data;
}

void completeBundle(exporting::FigureBundle &bundle, const BundleCatalogue &data)
{
    bundle.catalogueTitle = data.title;
    bundle.catalogueBuildId = data.buildId;
    bundle.catalogueSchema = data.schema;
    bundle.sources = exporting::sourcesOfMarks(bundle.marks, data.sources);
    bundle.studies = data.studies;
    bundle.robAssessments = data.robAssessments;
}

BundleWrite writeBundle(const QList<exporting::BundlePicture> &pictures,
                        const exporting::FigureBundle &bundle, const QString &folder, bool replace,
                        const JobControl &job)
{
    BundleWrite result;
    result.written =
        exporting::writeFigureBundle(pictures, bundle, folder, replace, &result.error, &job);
    result.cancelled = !result.written && job.isCancelled();
    return result;
}

} // namespace eb::gui
