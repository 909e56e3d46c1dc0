#pragma once

// How the import commands print one problem of a file (record files and reference-manager
// files alike): as a line and as JSON.

#include "model/recordrows.h"

#include <QJsonObject>
#include <QString>

namespace eb::cli {

// One problem of an import, as a line ("line 3, column estimate "0,62": ... [decimal-comma]")
// and as JSON (row, kind, column, value, rule, message, severity).
QString importProblemLine(const QString &where, const eb::catalogue::RecordProblem &p);
QJsonObject importProblemJson(const QString &where, const eb::catalogue::RecordProblem &p);

} // namespace eb::cli
