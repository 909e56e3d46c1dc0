#pragma once

// The generated catalogues the benchmarks read (evidence generate's records), kept between runs.
#include "benchsizes.h"
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace eb::bench {

// A generated catalogue of `studies` studies with 10 results each (evidence generate, seed 1),
// made on first use and kept in EB_BENCH_DATA (default: the system's temporary folder) so that
// later runs reuse it: the 100,000-study file takes about a minute to write.
inline QString generatedCatalogue(int studies, int resultsPerStudy = 10)
{
    const QString folder = qEnvironmentVariableIsEmpty("EB_BENCH_DATA")
                               ? QDir::tempPath()
                               : qEnvironmentVariable("EB_BENCH_DATA");
    const QString file = QDir(folder).filePath(
        QStringLiteral("eb-bench-%1x%2-seed1.sqlite").arg(studies).arg(resultsPerStudy));
    if (QFileInfo(file).isFile()) {
        catalogue::Catalogue probe;
        if (probe.open(file, catalogue::OpenMode::ReadOnly)) {
            return file;
        }
        // Made by a build of another schema version: made again, never upgraded in place (an
        // upgrade would time the migration, not the reads).
        QFile::remove(file);
    }
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        catalogue::Catalogue writer;
        QString error;
        if (!writer.open(partial, catalogue::OpenMode::Create) ||
            !catalogue::writeSyntheticCatalogue(writer, {studies, resultsPerStudy, 1}, {},
                                                &error)) {
            qFatal("cannot generate %s: %s", qPrintable(file),
                   qPrintable(error.isEmpty() ? writer.lastError() : error));
        }
    }
    QFile::rename(partial, file);
    return file;
}

} // namespace eb::bench
