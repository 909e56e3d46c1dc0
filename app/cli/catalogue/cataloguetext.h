#pragma once

// The text form of catalogue records for `evidence catalogue show` (cataloguetext.cpp).

#include "model/records.h"

#include <QString>
#include <QTextStream>

namespace eb::cli {

// "MW 0.59 (95% CI 0.52 to 0.66)", or what is missing in words.
QString effectText(const catalogue::ResultRecord &r);
// "p = 0.0119", "p < 0.001", or "not reported" (the evidence layer's one p format).
QString pText(const catalogue::ResultRecord &r);

void printResult(QTextStream &out, const catalogue::ResultRecord &r);
void printStudy(QTextStream &out, const catalogue::StudyDetail &s);
void printOutcome(QTextStream &out, const catalogue::OutcomeMeasureRecord &o);
void printMechanism(QTextStream &out, const catalogue::MechanismRecord &m);
void printClaim(QTextStream &out, const catalogue::ClaimRecord &c);
void printSource(QTextStream &out, const catalogue::SourceRecord &s);

} // namespace eb::cli
