#pragma once

// `evidence import FILE --format ris|bibtex|csl-json|medline|pubmed-xml`: sources from a
// reference manager or PubMed, with every duplicate reported before anything is written
// (docs/record-files.md, "References").

#include "cli/common/commandparser.h"
#include "model/references.h"

#include <QByteArray>
#include <QString>

namespace eb::cli {

enum class DuplicatePolicy
{
    Refuse, // the default: duplicates are listed and nothing is written
    Skip,   // a duplicate is not imported
    Merge,  // a duplicate fills the blank fields of the user source it matches
};

struct ReferenceImport
{
    QString path;
    QByteArray bytes;
    eb::catalogue::ReferenceFormat format = eb::catalogue::ReferenceFormat::Ris;
    DuplicatePolicy duplicates = DuplicatePolicy::Refuse;
    bool dryRun = false;
};

int runReferenceImport(const ParsedCommand &command, const ReferenceImport &import);

} // namespace eb::cli
