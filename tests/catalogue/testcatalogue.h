#pragma once

// Helpers shared by the catalogue tests: fixture catalogues in temporary folders, raw file
// access for "the file is unchanged" checks.

#include "catalogue/catalogue.h"

#include <QByteArray>
#include <QString>

namespace eb::catalogue::test {

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

// tests/catalogue/fixture.sql: a tiny made-up catalogue valid against schema version 1.
QByteArray fixtureSql();

// A fresh catalogue at the latest version holding the fixture (":memory:" works too).
bool openFixture(Catalogue &catalogue, const QString &path = QStringLiteral(":memory:"));

// A version-1 catalogue made with the SQLite C API from db/schema/0001-initial.sql only, with
// the fixture in it: what an older program wrote.
void makeVersion1File(const QString &path, bool withFixture = true);

// Runs SQL on a file with the SQLite C API (for setups no Catalogue function allows).
void execOnFile(const QString &path, const QByteArray &sql);

// The catalogue built from db/ (target eb_catalogue_file).
QString bundledFile();

} // namespace eb::catalogue::test
