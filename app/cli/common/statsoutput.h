#pragma once

#include "cli/common/cli.h"
#include "cli/common/csvtable.h" // numberOption: the one number grammar
#include "stats/conversions.h"
#include "stats/mantelhaenszel.h"
#include "stats/metaregression.h"
#include "stats/nnt.h"
#include "stats/subgroups.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

// Shared output of the statistics commands (convert, smd, pool): numbers for people, JSON
// objects for machines, and parsing of numeric options. Only finite numbers reach here (the
// engine refuses the rest), so no NaN or inf is ever printed.
namespace eb::cli {

// A number for a person: 6 significant digits, no exponent for ordinary magnitudes.
QString formatNumber(double value);
// formatNumber(value) in UTF-8, appended to `into` without a QString: for long tables (the
// pool table writes 300,000 numbers). The same text byte for byte
// (StatsOutput.AppendNumberIsFormatNumberInUtf8 compares them over millions of values).
void appendNumber(QByteArray &into, double value);
// The same into `text`, for a caller that lays out bytes itself; returns the length in bytes.
using NumberText = std::array<char, 32>;
qsizetype formatNumberUtf8(double value, NumberText &text);

// One message of the statistics engine, through the translator.
QString statsMessage(const eb::stats::Error &error);

// JSON of an NNT: {"kind", "value" (null when infinite), "ci_benefit_end", "ci_harm_end",
// "ci_passes_infinity", "ci_text", "formula", "assumption"}.
QJsonObject nntToJson(const eb::stats::NntResult &nnt);
QJsonObject conversionToJson(const eb::stats::ConversionReport &report);

// JSON of a subgroup analysis as `evidence pool --subgroup` prints it: {"analysis":
// "subgroup", "column", "method", "subgroups": [{"subgroup", "k", "estimate", "se", "ci.lb",
// "ci.ub", "pval", "tau2", "I2", "QE", "QEp"}], "Q_between", "Q_between.df", "Q_between.p"}.
QJsonObject subgroupJson(const eb::stats::SubgroupResult &r, const QString &column,
                         eb::stats::PoolMethod method);
// JSON of a meta-regression as `evidence pool --mods` prints it (metafor's names).
QJsonObject metaRegressionJson(const eb::stats::MetaRegressionResult &r);

// JSON of rma.mh / rma.peto as `evidence pool FILE --method MH|PETO` prints it: {"model",
// "measure", "k", "estimate", "se", "zval", "pval", "ci.lb", "ci.ub", "exp_estimate",
// "exp_ci.lb", "exp_ci.ub" (ratios), "QE", "QE.df", "QEp", "I2", "H2", "CMH", "CMHp", "TA",
// "TA.df", "TAp" (OR)}; the same object `pool --results … --method MH|PETO` prints as "counts".
QJsonObject mhToJson(const eb::stats::MhResult &r);

// The text of a conversion report, one line per metric.
QString conversionToText(const eb::stats::ConversionReport &report);

} // namespace eb::cli
