#pragma once

// What browse_bench's two files share: the generated catalogues, opened once per size.
#include "benchcatalogue.h"
#include "catalogue/catalogue.h"

namespace eb::bench {

// The generated catalogue of this many studies (10 results each), open read-only.
const catalogue::Catalogue &catalogueOf(int studies);

} // namespace eb::bench
