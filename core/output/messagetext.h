#pragma once

#include <QString>

namespace eb::output {

// Text from a user's input (a CSV field, a header, a file name, a label) as a one-line message
// quotes it: line breaks, tabs and every other control character shown as spaces, at most
// maxChars characters, the rest elided with "…". A 1 MB field never reaches standard error
// whole, and a newline in a label never splits a message.
QString elidedInput(const QString &text, int maxChars = 60);

// The same text on one line, whole: control characters (line and paragraph separators
// included) as spaces. For a label that goes into a one-line format (a "cite as" line, a
// message) where eliding would lose meaning.
QString oneLine(const QString &text);

} // namespace eb::output
