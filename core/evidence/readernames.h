#pragma once

#include <QString>

// How the catalogue's sources and notes are named to a reader. The catalogue is built from two
// files (the article's text and a list of verified references); their file names are how the
// seed's authors refer to them, not how a reader would. Every front end shows catalogue text
// through these functions, so no internal file name reaches a window, a chart or a copied line.
namespace eb::evidence {

// A source as a reader cites it: the short label without its explanatory parenthesis
// ("Muresanu 2020 (CAPTAIN II)" -> "Muresanu 2020", "The article (secondary summary)" ->
// "The article"). midSentence lower-cases a leading "The " ("day 90, the article").
QString citeName(const QString &shortLabel, bool midSentence = false);

// Text from the catalogue with internal file names replaced by what they are:
// "references.md" -> "the verified reference list", the article's file name -> "the article".
QString readerText(const QString &text);

} // namespace eb::evidence
