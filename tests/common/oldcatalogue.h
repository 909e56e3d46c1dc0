#pragma once

// An older catalogue made from a current one, for the upgrade tests: what the migrations after
// schema 4 added is taken out again (columns, tables, triggers) and user_version set to 4, so
// that opening the file runs migration 5 onwards exactly as it would on a file from then.

#include <QString>

namespace eb::test {

// Fails the current test on any SQL error. A new migration adds its undoing here.
void downgradeToSchema4(const QString &path);

} // namespace eb::test
