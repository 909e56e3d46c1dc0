// Shared access to the built bundled catalogue for the seed-integrity tests: one read-only
// connection to EB_BINARY_DIR/db/catalogue.sqlite and the two source texts in db/sources/.
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>
#include <vector>

namespace eb::seedtest {

// Every row of a query on a read-only connection to the bundled catalogue (opened once per
// test binary), values bound in order; fails the current test on an SQL error.
std::vector<QVariantList> rows(const QString &sql, const QVariantList &binds = {});

// The first column of the one row a query must return; fails the test on zero or many rows.
QVariant scalar(const QString &sql, const QVariantList &binds = {});

// NULL stays empty, so that "not reported" and 0 are never confused.
std::optional<double> optionalDouble(const QVariant &value);
std::optional<qlonglong> optionalInt(const QVariant &value);

// The article and references.md as copied into db/sources/.
const QString &articleText();
const QString &referencesText();

// Quotes of the article must be exact substrings of it. Quotes of other sources are their
// text as recorded in references.md, exact up to its line wrapping (runs of white space).
bool occursInArticle(const QString &quote);
bool occursInReferences(const QString &quote);

} // namespace eb::seedtest
