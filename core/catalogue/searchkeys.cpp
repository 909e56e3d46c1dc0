// How the search index's rowids name the kind of record they hold (rowid = id * 8 + code, the
// scheme of migration 0002): the one place that maps a kind to its code and back.
#include "catalogue/database.h"

namespace eb::catalogue {

int Database::searchKindCode(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Study:
        return 1;
    case SearchHit::Kind::Outcome:
        return 2;
    case SearchHit::Kind::Mechanism:
        return 3;
    case SearchHit::Kind::Claim:
        return 4;
    case SearchHit::Kind::Source:
        return 5;
    }
    return 0;
}

SearchHit::Kind Database::searchKindOfKey(qint64 key)
{
    switch (static_cast<int>(key % kSearchKindBits)) {
    case 2:
        return SearchHit::Kind::Outcome;
    case 3:
        return SearchHit::Kind::Mechanism;
    case 4:
        return SearchHit::Kind::Claim;
    case 5:
        return SearchHit::Kind::Source;
    default:
        return SearchHit::Kind::Study;
    }
}

} // namespace eb::catalogue
