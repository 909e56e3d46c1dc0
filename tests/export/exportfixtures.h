#pragma once

// Shared by the export tests: the bundled catalogue (a copy, opened read-only), running the
// Debian python3 and other tools with a time-out-free QProcess, and the source texts.
#include "catalogue/catalogue.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace eb::exporttest {

// The bundled catalogue built into EB_BINARY_DIR/db, opened read-only; fails the test if not.
eb::catalogue::Catalogue &bundledCatalogue();

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program with arguments and standard input; started = false when it cannot start.
ToolRun runTool(const QString &program, const QStringList &arguments,
                const QByteArray &input = QByteArray());

// The Debian python3 (it has bibtexparser and pybtex; a pyenv python3 on PATH may not). An
// empty string with *why set when it or `module` is missing.
QString pythonWith(const QString &module, QString *why);

// A program on PATH, or empty.
QString toolOnPath(const QString &name);

// Quotes of the article are exact substrings of it; quotes of other sources are their text as
// references.md records it, exact up to its line wrapping and markdown emphasis (the rule
// tests/seed applies to the seed).
bool quoteOccursInSource(const QString &sourceSlug, const QString &quote);

} // namespace eb::exporttest
