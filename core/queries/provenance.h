#pragma once

// What a figure or a summary says about the catalogue it was read from: its title, build and
// schema version. The window's figure bundle and `evidence render --bundle` both print it.

#include <QString>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::queries {

struct CatalogueDescription
{
    QString title;   // catalogue_info 'title'
    QString buildId; // catalogue_info 'build_id'
    int schema = 0;  // PRAGMA user_version
};

CatalogueDescription describeCatalogue(const eb::catalogue::CatalogueReader &catalogue);

} // namespace eb::queries
