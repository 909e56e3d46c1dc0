#pragma once

// Named pooled analyses a user saves: the inputs (result ids), the model, the pooled numbers
// and every warning, kept in one JSON file (written through QSaveFile) so they can be reopened
// and re-run against the catalogue.

#include "review/resultpool.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace eb::review {

struct SavedAnalysis
{
    QString name;
    QDateTime saved;
    QList<qint64> resultIds;
    QList<qint64> flippedIds; // the results whose direction the user flipped to pool them
    QString method;           // 'FE', 'DL', 'REML', 'PM', or 'MH', 'PETO' (from arm counts)
    bool knappHartung = false;
    QString metric; // display metric key
    double estimate = 0;
    double ciLow = 0;
    double ciHigh = 0;
    std::optional<double> piLow;
    std::optional<double> piHigh;
    double i2 = 0;
    QStringList warnings; // the sentences, as shown when it was pooled
};

SavedAnalysis savedAnalysisFrom(const QString &name, const ResultPool &pool);

// Reads the file (a missing file is an empty list); false with *error for a file that is not
// a list of analyses.
bool loadAnalyses(const QString &path, QList<SavedAnalysis> *analyses, QString *error);
// Writes the whole list atomically.
bool saveAnalyses(const QString &path, const QList<SavedAnalysis> &analyses, QString *error);
// Replaces the analysis of the same name or appends it, then writes.
bool storeAnalysis(const QString &path, const SavedAnalysis &analysis, QString *error);

} // namespace eb::review
