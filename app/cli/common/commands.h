#pragma once

#include "cli/common/cli.h"

// One function per `evidence` command, each in its own file. `arguments` starts with the
// command's display name ("evidence convert") followed by the command's own arguments, so
// that each command can use its own QCommandLineParser.
namespace eb::cli {

int runCatalogueCommand(const QStringList &arguments, Io &io);   // cataloguecommand.cpp
int runConvertCommand(const QStringList &arguments, Io &io);     // convertcommand.cpp
int runSmdCommand(const QStringList &arguments, Io &io);         // smdcommand.cpp
int runPoolCommand(const QStringList &arguments, Io &io);        // poolcommand.cpp
int runPoolResultsCommand(const QStringList &arguments, Io &io); // poolresultscommand.cpp
int runRenderCommand(const QStringList &arguments, Io &io);      // rendercommand.cpp
int runClaimsCommand(const QStringList &arguments, Io &io);      // claimscommand.cpp
int runCompareCommand(const QStringList &arguments, Io &io);     // comparecommand.cpp
int runMatrixCommand(const QStringList &arguments, Io &io);      // matrixcommand.cpp
int runSynthesesCommand(const QStringList &arguments, Io &io);   // synthesescommand.cpp
int runCiteCommand(const QStringList &arguments, Io &io);        // citecommand.cpp
int runSummaryCommand(const QStringList &arguments, Io &io);     // summarycommand.cpp
int runEscalcCommand(const QStringList &arguments, Io &io);      // escalccommand.cpp
int runBiasCommand(const QStringList &arguments, Io &io);        // biascommand.cpp
// pool's MH/Peto, sensitivity, subgroup and meta-regression analyses (poolmethodscommand.cpp)
bool wantsPoolMethods(const QStringList &arguments);
int runPoolMethodsCommand(const QStringList &arguments, Io &io);
int runRobCommand(const QStringList &arguments, Io &io);      // appraisal/robcommand.cpp
int runGradeCommand(const QStringList &arguments, Io &io);    // appraisal/gradecommand.cpp
int runCheckDbCommand(const QStringList &arguments, Io &io);  // checkdbcommand.cpp
int runExportCommand(const QStringList &arguments, Io &io);   // exportcommand.cpp
int runImportCommand(const QStringList &arguments, Io &io);   // importcommand.cpp
int runGenerateCommand(const QStringList &arguments, Io &io); // generatecommand.cpp

} // namespace eb::cli
