#pragma once

// The risk-of-bias part of a figure bundle (figurebundle.h): the trials and outcomes behind
// the bundle's marks with the user's RoB 2 assessment of each, drawn as robvis's traffic-light
// and summary plots (charts/robchart.h, as `evidence render rob`) and listed in
// provenance.json; "not assessed" when none of them is.

#include "evidence/appraisals.h"
#include "export/figurebundle.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace eb::exporting {

struct BundleRob
{
    bool applies = false; // false for a bundle of a RoB plot itself: nothing to add
    QList<eb::evidence::RobRow> rows;
    bool assessed = false; // a row has an assessment: the plots are written
};

BundleRob robBehindMarks(const FigureBundle &bundle);

// The image files of the plots, written only when assessed.
QStringList robPlotFiles();

// provenance.json's "risk_of_bias": {"status": "assessed" | "not assessed", "files": [...],
// "pairs": [{"study", "outcome", "assessed", "overall", "judgements": {"D1": ...},
// "reasons": {...}, "assessor", "updated_utc"}]}.
QJsonObject robProvenance(const BundleRob &rob);

// Both plots as pictures (none when not assessed), for writeFigureBundle to write as PNG at
// 300 dpi, SVG and PDF. Laid out as scenes now, so on the thread that owns scenes (the GUI
// thread); `recorded`: replayable on any thread (bundlePictures()).
QList<BundlePicture> robPictures(const BundleRob &rob, const QString &title, bool recorded);

// The README's paragraph on risk of bias.
QString robReadme(const BundleRob &rob);

} // namespace eb::exporting
