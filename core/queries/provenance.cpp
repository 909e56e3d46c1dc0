#include "queries/provenance.h"

#include "model/cataloguereader.h"

namespace eb::queries {

CatalogueDescription describeCatalogue(const eb::catalogue::CatalogueReader &catalogue)
{
    CatalogueDescription description;
    description.title = catalogue.info(QStringLiteral("title"));
    description.buildId = catalogue.info(QStringLiteral("build_id"));
    description.schema = catalogue.schemaVersion();
    return description;
}

} // namespace eb::queries
